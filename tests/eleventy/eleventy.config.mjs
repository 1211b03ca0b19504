// The Eleventy site of `npm run test:eleventy`: a blogger's static site whose widgets are rendered at build time
// by @lit-labs/eleventy-plugin-lit (in a worker thread) from the widgets' built `define` modules, so the pages
// show them as declarative shadow DOM, with JavaScript off too. tests/eleventy/check.mjs checks the output.
// Run from the repository root (the plugin resolves componentModules against the working directory).
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { widgets } from '../../scripts/widgets.mjs';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: widgets.map((w) => `packages/${w.tag}/dist/define.js`),
  });
}

export const config = {
  dir: { input: 'tests/eleventy/site', includes: '_includes', output: 'node_modules/.cache/careerkit-eleventy' },
  markdownTemplateEngine: 'njk',
  htmlTemplateEngine: 'njk',
};
