// Measures each widget's default-content height, in em of its font size, at element widths from 240px to 960px,
// in whichever engines run it, and prints one JSON line per engine. Run ad hoc after
// `npm run build`, when a widget's default content changes, and put the figures in each widget's package.json
// (`careerkit.reserve`; scripts/widgets.mjs says how a range's figure is chosen):
//
//   npx web-test-runner scripts/measure-reserve.ts          (ENGINES=chromium for one engine)
//
// The page's text is 16px Georgia (a serif where it is missing), as on tests/cls.test.ts's blog pages.
// Every 4px from 240px to 960px: scripts/widgets.mjs's ranges of widths and the widths inside them.
const widths = Array.from({ length: 181 }, (_, i) => 240 + 4 * i);

const tags = ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'];

it('measures each widget at each width', async function () {
  this.timeout(300000);
  const script = Object.assign(document.createElement('script'), { type: 'module', src: '/packages/careerkit/cdn/careerkit.js' });
  document.head.append(script);
  const figures: Record<string, Record<number, number>> = {};
  for (const tag of tags) {
    figures[tag] = {};
    const box = document.createElement('div');
    box.style.font = '16px/1.5 Georgia,serif';
    const el = document.createElement(tag);
    box.append(el);
    document.body.append(box);
    await customElements.whenDefined(tag);
    const end = performance.now() + 5000;
    while (!el.shadowRoot?.querySelector('[part=base] > :not(.status)') && performance.now() < end) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 100));
    // The default content depends on no width (only CSS does), so one element is measured at every width.
    for (const width of widths) {
      box.style.width = `${width}px`;
      figures[tag][width] = Math.round((el.getBoundingClientRect().height / 16) * 100) / 100;
    }
    box.remove();
  }
  console.log(`reserve ${navigator.userAgent.match(/(Chrome|Firefox|Version)\/[\d.]+/)?.[0]} ${JSON.stringify(figures)}`);
});
