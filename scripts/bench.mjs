// Render cost of each widget in headless Chromium, from the built all-in-one
// CDN file: the time from appending an element with its default content to
// its first frame (upgrade, content check, render, style, layout), and the
// time of one update (a new attribute value). Medians and 90th percentiles
// over many runs. Run after `npm run build`: npm run bench
import puppeteer from 'puppeteer';
import { server } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 40);
const updates = {
  'role-compare': ['background', 'Software engineering'],
  'faq-accordion': ['single', ''],
  'salary-slider': ['value', '72000'],
  'newsletter-form': ['consent', 'required'],
};

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // --expose-gc: each case at scale starts after a garbage collection, so that neither of a pair (a widget and its
  // plain-HTML twin) pays for the other's garbage.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/tests/pages/blank.html`);
  await page.addScriptTag({ type: 'module', url: '/packages/careerkit/cdn/careerkit.js' });
  await page.evaluate(() => Promise.all(['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'].map((t) => customElements.whenDefined(t))));
  const rows = await page.evaluate(
    async (runs, updates) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const stats = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
      };
      const out = [];
      for (const [tag, [name, value]] of Object.entries(updates)) {
        const first = [];
        const update = [];
        for (let i = 0; i < runs; i++) {
          const el = document.createElement(tag);
          let t = performance.now();
          document.body.append(el);
          await el.updateComplete;
          document.body.getBoundingClientRect(); // forces style and layout
          first.push(performance.now() - t);
          await frame();
          t = performance.now();
          el.setAttribute(name, value);
          await el.updateComplete;
          document.body.getBoundingClientRect();
          update.push(performance.now() - t);
          el.remove();
          await frame();
        }
        out.push({ tag, first: stats(first), update: stats(update) });
      }
      return out;
    },
    RUNS,
    updates,
  );
  const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
  console.log(`${'widget'.padEnd(18)}${'first render'.padStart(22)}${'update'.padStart(22)}`);
  console.log(`${''.padEnd(18)}${'median'.padStart(10)}${'p90'.padStart(12)}${'median'.padStart(10)}${'p90'.padStart(12)}`);
  for (const r of rows) console.log(`${r.tag.padEnd(18)}${ms(r.first.median)}  ${ms(r.first.p90)}${ms(r.update.median)}  ${ms(r.update.p90)}`);
  console.log(`\n${RUNS} runs each, headless ${await browser.version()}, all-in-one CDN file`);

  // At scale: 50 instances at once; 1,000 FAQ items and table rows against the same content as plain HTML
  // (<details>, <table>); and the stress cases of 10,000 roles, items and paths. Medians of 5 runs. For the first
  // two, also the part spent before style and layout (the widgets' script; for plain HTML, parsing and appending),
  // which tells a slow template from slow CSS.
  const scale = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (make, after = async () => {}, times = 5) => {
      const runs = [];
      for (let i = 0; i < times; i++) {
        const box = document.createElement('div');
        window.gc();
        let t = performance.now();
        box.append(...make());
        document.body.append(box);
        await Promise.all([...box.children].map((el) => el.updateComplete));
        const script = performance.now() - t;
        document.body.getBoundingClientRect();
        const first = performance.now() - t;
        t = performance.now();
        await after(box);
        runs.push({ first, script, after: performance.now() - t });
        box.remove();
        await frame();
      }
      // The medians of the first render, of its part before style and layout, and of `after`.
      const of = (key) => median(runs.map((r) => r[key]));
      return { first: of('first'), script: of('script'), after: of('after') };
    };
    const n = (count, f) => Array.from({ length: count }, (_, i) => f(i));
    const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    const html = (markup) => {
      const t = document.createElement('template');
      t.innerHTML = markup;
      return [...t.content.childNodes];
    };
    const items = (count) => n(count, (i) => ({ question: `Question ${i}?`, answer: `Answer number ${i}, in a sentence or two.` }));
    const roles = ['Alpha', 'Beta'];
    const rows = (count) => n(count, (i) => ({ label: `Row ${i}`, values: [`A ${i}`, `B ${i}`] }));
    const out = {};
    const ratios = [];
    for (const tag of ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'])
      out[`50 × <${tag}>`] = await time(() => n(50, () => el(tag)));
    // Each widget and its plain-HTML twin in turn, 9 times, so that both meet the same machine (a shared runner's
    // speed drifts by half between minutes): the ratio is the figure to compare, within a run.
    const pair = async (name, widget, plainName, plain) => {
      const [a, b] = [[], []];
      for (let i = 0; i < 9; i++) {
        a.push(await time(widget, undefined, 1));
        b.push(await time(plain, undefined, 1));
      }
      const of = (runs) => ({ first: median(runs.map((r) => r.first)), script: median(runs.map((r) => r.script)) });
      [out[name], out[plainName]] = [of(a), of(b)];
      ratios.push(`${name} / ${plainName}: ${(out[name].first / out[plainName].first).toFixed(2)}×`);
    };
    await pair(
      '1,000 FAQ items',
      () => [el('faq-accordion', { data: { items: items(1000) } })],
      '1,000 <details> (plain HTML)',
      () => html(items(1000).map((it) => `<details><summary>${it.question}</summary><p>${it.answer}</p></details>`).join('')),
    );
    await pair(
      '1,000 table rows',
      () => [el('role-compare', { data: { roles, sections: [{ title: 'T', rows: rows(1000) }] } })],
      '1,000 rows (plain HTML <table>)',
      () => html(`<table><caption>T</caption><tr><td></td><th>Alpha</th><th>Beta</th></tr>${rows(1000).map((r) => `<tr><th>${r.label}</th><td>${r.values[0]}</td><td>${r.values[1]}</td></tr>`).join('')}</table>`),
    );
    const many = n(10000, (i) => `Role ${i}`);
    out['10,000 roles: one slider step'] = (
      await time(
        () => [el('salary-slider', { data: { roles: many, bands: many.map((role, i) => ({ role, min: 20000 + (i % 50) * 100, max: 90000 })) } })],
        async (box) => {
          const s = box.firstChild;
          s.value = 61000;
          await s.updateComplete;
          document.body.getBoundingClientRect();
        },
      )
    ).after;
    out['10,000 FAQ items: one filter keystroke'] = (
      await time(
        () => [el('faq-accordion', { searchable: true, data: { items: items(10000) } })],
        async (box) => {
          const input = box.firstChild.shadowRoot.querySelector('input[type=search]');
          input.value = 'number 42';
          input.dispatchEvent(new window.Event('input'));
          await box.firstChild.updateComplete;
          document.body.getBoundingClientRect();
        },
      )
    ).after;
    out['10,000 paths: first render'] = (
      await time(() => [el('role-compare', { data: { roles, sections: [{ rows: rows(1) }], paths: n(10000, (i) => ({ background: `Background ${i}`, role: roles[i % 2] })) } })])
    ).first;
    return { ...out, ratios };
  });
  const { ratios, ...timed } = scale;
  console.log('\nat scale (median of 5; of 9 for the pairs with plain HTML, timed in turn)');
  for (const [what, t] of Object.entries(timed))
    console.log(typeof t == 'number' ? `${what.padEnd(40)}${ms(t)}` : `${what.padEnd(40)}${ms(t.first)}  (${ms(t.script).trim()} before style and layout)`);
  for (const line of ratios) console.log(line);
} finally {
  await browser.close();
  server.close();
}
