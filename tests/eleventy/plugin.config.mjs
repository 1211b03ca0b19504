// The Eleventy site of `npm run test:eleventy`, as a blogger would build it: the widgets in its pages are
// rendered at build time by @lit-labs/eleventy-plugin-lit (in a worker thread) from the widgets' built `define`
// modules, so they show as declarative shadow DOM, with JavaScript off too. tests/eleventy/check.test.mjs checks
// the output. Run from the repository root (the plugin resolves componentModules against the working directory).
// The plugin cannot hand a widget its child JSON script, so json-content.md is left to transform.config.mjs.
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { widgets } from '../../scripts/widgets.mjs';

export default function (eleventyConfig) {
  eleventyConfig.ignores.add('tests/eleventy/site/json-content.md');
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: widgets.map((w) => `packages/${w.tag}/dist/define.js`),
  });
}

export const config = {
  dir: { input: 'tests/eleventy/site', output: 'node_modules/.cache/careerkit-eleventy/plugin' },
  markdownTemplateEngine: 'njk',
};
