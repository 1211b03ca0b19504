/**
 * The loader's list of widgets, made by rollup.config.mjs from scripts/widgets.mjs: per widget its tag, a function
 * that imports its define module (from the loader's `chunkBase`, see rollup.config.mjs), the em it reserves in a
 * 640px column and below a 480px viewport, and `:not(<selector>)` for the attributes that make it show its own content.
 */
declare module 'careerkit:widgets' {
  type Widget = [tag: string, load: () => Promise<unknown>, wide: number, narrow: number, notOwnContent: string];
  const widgets: Widget[];
  export default widgets;
}
