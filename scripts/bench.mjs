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
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
} finally {
  await browser.close();
  server.close();
}
