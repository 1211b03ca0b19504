/**
 * The loader's list of widgets, made by rollup.config.mjs from scripts/widgets.mjs: per widget its tag and a
 * function that imports its define module (from the loader's `chunkBase`, see rollup.config.mjs); and `reserve`,
 * which imports (and so adopts) the stylesheet that reserves each empty widget tag's room while its module loads (a chunk of its
 * own; the same rules are cdn/careerkit.css).
 */
declare module 'careerkit:widgets' {
  type Widget = [tag: string, load: () => Promise<unknown>];
  const widgets: Widget[];
  export default widgets;
  export const reserve: () => Promise<unknown>;
}
