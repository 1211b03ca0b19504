// Server rendering in Node (`npm run test:ssr`, after `npm run build`): every package imports without
// throwing, and every widget renders with @lit-labs/ssr to declarative shadow DOM holding its real content
// in each mode the server can know (default content, attributes, a child JSON script, the `data`
// property; `src` renders its loading state), with nothing logged as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml, renderWithData } from './render-html.mjs';

const entries = ['@careerkit/core', 'careerkit', '@careerkit/react'];
for (const tag of ['role-compare', 'salary-slider', 'faq-accordion', 'newsletter-form']) entries.push(`@careerkit/${tag}`, `@careerkit/${tag}/define`);

/** Per widget: the text its default content shows, and per mode what is given and the text it must show. */
const cases = {
  'role-compare': {
    default: ['Data Scientist vs ML Engineer', 'The core difference'],
    attributes: { attrs: 'heading="Which role suits you?" sections="salary"', text: ['Which role suits you?', 'Salary'] },
    json: {
      data: { heading: 'UX Designer vs UX Researcher', roles: ['UX Designer', 'UX Researcher'], sections: [{ title: 'The work', rows: [{ label: 'Main output', values: ['Prototypes', 'Research findings'] }] }] },
      text: ['UX Designer vs UX Researcher', 'Research findings'],
    },
  },
  'salary-slider': {
    default: ['ML Engineer', '£65,000', '£95,000'],
    attributes: { attrs: 'job="Data Analyst" min="48000" max="62000" value="52000"', text: ['Data Analyst', '£48,000', '£62,000'] },
    json: {
      attrs: 'currency="EUR" locale="de-DE"',
      data: { roles: ['Platform Engineer'], bands: [{ role: 'Platform Engineer', location: 'Berlin', min: 60000, max: 75000 }] },
      text: ['Platform Engineer', 'Berlin', '60.000', 'Ihr Gehalt'],
    },
  },
  'faq-accordion': {
    default: ['Which role pays more?', 'ML engineers typically earn slightly more at senior levels.'],
    attributes: { attrs: 'toggle-all heading-level="2"', text: ['Expand all', 'Which role pays more?'] },
    json: { data: { items: [{ question: 'Is there a free trial?', answer: 'Yes, for 30 days.' }] }, text: ['Is there a free trial?', 'Yes, for 30 days.'] },
  },
  'newsletter-form': {
    // Without an action it reports, rightly, that it has nowhere to send signups.
    base: 'action="https://example.com/subscribe"',
    default: ['Get career tips delivered to your inbox', 'Get weekly insights on tech careers, salaries, and industry trends.'],
    attributes: { attrs: 'heading="Join the Careerkit list"', text: ['Join the Careerkit list'] },
    json: { data: { heading: 'Weekly data jobs', intro: 'One email each Monday.' }, text: ['Weekly data jobs', 'One email each Monday.'] },
  },
};

/** Runs `fn` and returns what it returned and everything logged through console.error and console.warn. */
async function logged(fn) {
  const calls = [];
  const saved = { error: console.error, warn: console.warn };
  console.error = console.warn = (...args) => calls.push(args.join(' '));
  try {
    return { result: await fn(), calls };
  } finally {
    Object.assign(console, saved);
  }
}

const decode = (s) => s.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text of `tag`'s declarative shadow root in `out` (Lit's marker comments and tags removed), or null. */
function shadowText(out, tag) {
  const open = new RegExp(`<${tag}\\b[^>]*>\\s*<template shadowroot="open" shadowrootmode="open">`).exec(out);
  if (!open) return null;
  const light = out.slice(open.index + open[0].length, out.indexOf(`</${tag}>`, open.index));
  // Up to the shadow root's end: the light DOM after it (the JSON script) does not count.
  const inner = light.slice(0, light.lastIndexOf('</template>'));
  return decode(inner.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

function assertRendered({ result: out, calls }, tag, texts) {
  const text = shadowText(out, tag);
  assert.ok(text !== null, `<${tag}> has no declarative shadow root in:\n${out.slice(0, 300)}`);
  for (const t of texts) assert.ok(text.includes(t), `<${tag}>'s shadow root lacks "${t}"; it says: ${text.slice(0, 400)}`);
  assert.deepEqual(calls, [], `<${tag}> logged errors`);
}

test('every package imports in Node and every widget constructs', async () => {
  for (const entry of entries) await assert.doesNotReject(import(entry), entry);
  for (const tag of Object.keys(cases)) {
    const Widget = customElements.get(tag);
    assert.ok(Widget, `<${tag}> is registered`);
    assert.doesNotThrow(() => new Widget(), tag);
  }
});

for (const [tag, c] of Object.entries(cases)) {
  test(`<${tag}> renders its default content`, async () => {
    assertRendered(await logged(() => renderHtml(`<${tag} ${c.base ?? ''}></${tag}>`)), tag, c.default);
  });

  test(`<${tag}> renders its attributes`, async () => {
    assertRendered(await logged(() => renderHtml(`<${tag} ${c.base ?? ''} ${c.attributes.attrs}></${tag}>`)), tag, c.attributes.text);
  });

  test(`<${tag}> renders its child JSON script (serverTemplate)`, async () => {
    const page = `<main><${tag} ${c.base ?? ''} ${c.json.attrs ?? ''}>\n  <script type="application/json">${JSON.stringify(c.json.data)}</script>\n</${tag}></main>`;
    const out = await logged(() => renderHtml(page));
    assertRendered(out, tag, c.json.text);
    // The script stays in the light DOM, where the browser reads it again when the widget hydrates.
    assert.ok(out.result.includes(JSON.stringify(c.json.data)), 'the JSON script is kept');
    assert.ok(!shadowText(out.result, tag).includes(c.default[0]), 'the default content is not rendered instead');
  });

  test(`<${tag}> renders its data property`, async () => {
    assertRendered(await logged(() => renderWithData(tag, `${c.base ?? ''} ${c.json.attrs ?? ''}`, c.json.data)), tag, c.json.text);
  });

  test(`<${tag} src> renders its loading state`, async () => {
    assertRendered(await logged(() => renderHtml(`<${tag} ${c.base ?? ''} src="/content.json"></${tag}>`)), tag, ['Loading…']);
  });
}

test('invalid content is reported on the server, naming the field', async () => {
  const page = '<role-compare><script type="application/json">{"roles":["A","B"],"sections":[{"rows":[{"values":["x",3]}]}]}</script></role-compare>';
  const { calls } = await logged(() => renderHtml(page));
  assert.ok(calls.some((c) => c.includes('sections[0].rows[0].values[1]')), `reported: ${calls.join('\n')}`);
});

test('serverTemplate reads past quoted ">" in attributes and leaves other scripts alone', async () => {
  const data = { items: [{ question: 'Quoted?', answer: 'Yes.' }] };
  const page = `<faq-accordion data-note="a > b"><script type="application/json">${JSON.stringify(data)}</script></faq-accordion>
    <role-compare><script type="module">/* not content */</script></role-compare>`;
  const { result, calls } = await logged(() => renderHtml(page));
  assert.ok(shadowText(result, 'faq-accordion').includes('Quoted?'));
  assert.ok(shadowText(result, 'role-compare').includes('Data Scientist vs ML Engineer'));
  assert.deepEqual(calls, []);
});
