// Checks the Eleventy site that `npm run test:eleventy` has just built twice: with @lit-labs/eleventy-plugin-lit
// (plugin.config.mjs) and with core's serverTemplate() in a transform (transform.config.mjs). Each page holds
// every widget as declarative shadow DOM with its content, which a browser shows with JavaScript off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const built = new URL('../../node_modules/.cache/careerkit-eleventy/', import.meta.url);

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
  // Only the transform can hand a widget its JSON script (the plugin's build leaves this page out).
  'json-content/index.html': {
    'salary-slider': ['Platform Engineer', 'Berlin', '60.000'],
    'faq-accordion': ['Is there a free trial?', 'Yes, for 30 days.'],
  },
};
const builds = { plugin: ['index.html', 'own-content/index.html'], transform: Object.keys(pages) };

const decode = (s) => s.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

for (const [build, paths] of Object.entries(builds)) {
  for (const path of paths) {
    test(`${build}: ${path}: every widget is server-rendered with its content`, () => {
      const html = readFileSync(new URL(`${build}/${path}`, built), 'utf8');
      for (const [tag, texts] of Object.entries(pages[path])) {
        // The declarative shadow root must be the host's first child, which the HTML parser attaches with no script.
        const open = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">`).exec(html);
        assert.ok(open, `<${tag}> has no declarative shadow root`);
        const inner = html.slice(open.index + open[0].length, html.indexOf(`</${tag}>`, open.index));
        // Up to the shadow root's end: the light DOM after it (a JSON script) does not count.
        const shadow = inner.slice(0, inner.lastIndexOf('</template>'));
        const text = decode(shadow.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
        for (const t of texts) assert.ok(text.includes(t), `<${tag}>'s shadow root lacks "${t}": ${text.slice(0, 300)}`);
        // The styles travel in the shadow root, so it looks right before any script runs.
        assert.match(shadow, /<style>[\s\S]*:host/, `<${tag}> has its styles`);
      }
      assert.match(html, /<h1>[^<]+<\/h1>/, "the page's own HTML is kept");
    });
  }
}
