// The same site rendered by a transform with core's serverTemplate() instead of the Lit plugin (README,
// "Server rendering"): the way to render a widget's child JSON script in Eleventy (json-content.md).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { serverTemplate } from '@careerkit/core';
import 'careerkit';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('careerkit', (content, outputPath) =>
    outputPath?.endsWith('.html') ? collectResult(render(serverTemplate(content))) : content,
  );
}

export const config = {
  dir: { input: 'tests/eleventy/site', output: 'node_modules/.cache/careerkit-eleventy/transform' },
  markdownTemplateEngine: 'njk',
};
