// The four widgets on blog pages styled with popular stylesheets (from npm), in a 720px column, a 280px
// sidebar and a 360px phone: nothing overflows its container, no text is tiny, and no host rule reaches
// a button, field or table inside (only inherited properties such as the font and colour come through).
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

const sheets: Record<string, string> = {
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  "Tailwind's base": '/node_modules/tailwindcss/preflight.css',
  normalize: '/node_modules/normalize.css/normalize.css',
  Pico: '/node_modules/@picocss/pico/css/pico.min.css',
  'water.css': '/node_modules/water.css/out/water.min.css',
  Bulma: '/node_modules/bulma/css/bulma.min.css',
  // WordPress's block CSS (wp-block-library and its theme styles), from the package's tarball (scripts/host-css.mjs).
  'WordPress blocks': '/tests/fixtures/wordpress/block-library-11.1.0.css',
  // The page whose text is 10px: `html { font-size: 62.5% }` and nothing else.
  '62.5%': 'data:text/css,html%7Bfont-size%3A62.5%25%7D',
};
const tags = ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'];
const widgets = tags.map((tag) => `<${tag}></${tag}>`).join('');

/** A blog page: text, then the widgets in a column (or a sidebar), then text; the CDN file registers them. */
const page = (href: string | undefined, width: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width">${href ? `<link rel="stylesheet" href="${href}">` : ''}
  <script type="module" src="${location.origin}/packages/careerkit/cdn/careerkit.js"></script></head>
  <body><main><p>Before the widgets.</p><div id="box" style="width:${width}">${widgets}</div><p>After the widgets.</p></main></body></html>`;

/** Non-inherited properties of the parts a host's element rules would hit if they leaked in. */
const probes: [tag: string, selector: string][] = [
  ['newsletter-form', '[part=button]'],
  ['newsletter-form', '[part=input]'],
  ['role-compare', 'td'],
  ['role-compare', 'table'],
  ['faq-accordion', '[part=question]'],
  ['salary-slider', '[part=input]'],
];
const props = ['padding-top', 'padding-left', 'margin-top', 'border-top-width', 'border-top-style', 'border-radius', 'box-shadow', 'display', 'text-transform'];

async function open(sheet: string | undefined, frameWidth: number, box: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${frameWidth}px;height:600px;border:0`;
  frame.srcdoc = page(sheet?.startsWith('data:') ? sheet : sheet && `${location.origin}${sheet}`, box);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part=base] > :not(.status)')), 8000, 'the widgets');
  await new Promise((r) => setTimeout(r, 50));
  // Sizes in em of the element's font size: the font size is inherited from the host, by design.
  const read = () =>
    probes.map(([tag, selector]) => {
      const style = frame.contentWindow!.getComputedStyle(doc.querySelector(tag)!.shadowRoot!.querySelector(selector)!);
      const em = parseFloat(style.fontSize);
      return props.map((p) => {
        const value = style.getPropertyValue(p);
        return `${tag} ${selector} ${p}: ${/^(padding|margin|border-radius)/.test(p) ? value.replace(/[\d.]+px/g, (px) => `${(parseFloat(px) / em).toFixed(2)}em`) : value}`;
      });
    });
  return { frame, doc, read };
}

describe('host page CSS', function () {
  this.timeout(60000);
  // The same page without the host stylesheet, per layout.
  const baselines = new Map<string, string[]>();
  const baseline = async (frameWidth: number, box: string) => {
    const key = `${frameWidth} ${box}`;
    if (!baselines.has(key)) {
      const { frame, read } = await open(undefined, frameWidth, box);
      baselines.set(key, read().flat());
      frame.remove();
    }
    return baselines.get(key)!;
  };

  for (const [name, sheet] of Object.entries(sheets))
    for (const [where, frameWidth, box] of [
      ['a 720px column', 1024, '720px'],
      ['a 280px sidebar', 1024, '280px'],
      ['a 360px phone', 360, 'auto'],
    ] as const)
      it(`${name}, ${where}: no overflow, no tiny text, nothing leaks in`, async () => {
        const expected = await baseline(frameWidth, box);
        const { frame, doc, read } = await open(sheet, frameWidth, box);
        try {
          // The host stylesheet is there (a missing file would leave an unstyled page, which passes everything).
          expect(doc.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.sheet?.cssRules.length, `${name} loaded`).to.be.greaterThan(0);
          const container = doc.getElementById('box')!.getBoundingClientRect();
          const win = frame.contentWindow!;
          const hostText = parseFloat(win.getComputedStyle(doc.body).fontSize);
          for (const tag of tags) {
            const el = doc.querySelector(tag)!;
            const rect = el.getBoundingClientRect();
            expect(rect.width, `${tag} width`).to.be.at.most(container.width + 0.5);
            // Nothing inside sticks out of the widget.
            expect(el.shadowRoot!.querySelector('[part=base]')!.scrollWidth, `${tag} overflow`).to.be.at.most(Math.ceil(rect.width) + 1);
            // No text under 12px, or under the page's own text size where that is smaller.
            const walker = doc.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!node.textContent!.trim() || !parent || parent.closest('[hidden], [aria-hidden=true]') || !parent.getClientRects().length) continue;
              const size = parseFloat(win.getComputedStyle(parent).fontSize);
              expect(size, `${tag} "${node.textContent!.trim().slice(0, 30)}"`).to.be.at.least(Math.min(12, hostText) - 0.01);
            }
          }
          // Shadow DOM holds: the host's rules for button, input, table, td do not reach ours.
          expect(read().flat()).to.deep.equal(expected);
        } finally {
          frame.remove();
        }
      });
});
