// Checks the Eleventy site that `npm run test:eleventy` has just built (tests/eleventy/eleventy.config.mjs):
// each page holds every widget as declarative shadow DOM with its content, which a browser shows
// with JavaScript off, and the light DOM around it is left as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const site = new URL('../../node_modules/.cache/careerkit-eleventy/', import.meta.url);
const page = (path) => readFileSync(new URL(path, site), 'utf8');

/** Per page, per widget, texts its declarative shadow root must show. */
const pages = {
  'index.html': {
    'role-compare': ['Data Scientist vs ML Engineer', 'The core difference'],
    'salary-slider': ['ML Engineer', '£65,000', '£95,000'],
    'faq-accordion': ['Which role pays more?', 'ML engineers typically earn slightly more at senior levels.'],
    'newsletter-form': ['Get career tips delivered to your inbox', 'Privacy Policy'],
  },
  'own-content/index.html': {
    'role-compare': ['Which role suits you?', 'Salary'],
    'salary-slider': ['Data Analyst', '£48,000', '£62,000'],
    'faq-accordion': ['Expand all', 'Which role pays more?'],
    'newsletter-form': ['Join the Careerkit list'],
  },
};

const decode = (s) => s.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

for (const [path, widgets] of Object.entries(pages)) {
  test(`${path}: every widget is server-rendered with its content`, () => {
    const html = page(path);
    for (const [tag, texts] of Object.entries(widgets)) {
      // The declarative shadow root must be the host's first child, which the HTML parser attaches with no script.
      const open = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">`).exec(html);
      assert.ok(open, `${path}: <${tag}> has no declarative shadow root`);
      const shadow = html.slice(open.index + open[0].length, html.indexOf(`</${tag}>`, open.index));
      const text = decode(shadow.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
      for (const t of texts) assert.ok(text.includes(t), `${path}: <${tag}>'s shadow root lacks "${t}": ${text.slice(0, 300)}`);
      // The styles travel in the shadow root, so it looks right before any script runs.
      assert.match(shadow, /<style>[\s\S]*:host/, `${path}: <${tag}> has its styles`);
    }
    assert.match(html, /<h1>[^<]+<\/h1>/, `${path}: the page's own HTML is kept`);
  });
}
