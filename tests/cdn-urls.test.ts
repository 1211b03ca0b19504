// Every documented CDN URL form, served the way jsDelivr and unpkg serve the published package
// (tests/cdn-server.mjs, from the built packages/careerkit/cdn): the widgets show their default content, and the
// page asks for nothing outside the package's own version folder (such as jsDelivr's /npm/chunks/…, another
// npm package, where a loader served at the short URL would otherwise look for its chunks).
import { expect } from '@open-wc/testing';
import { loadPage, textOf, until } from './helpers.js';

declare const __CK_VERSION__: string;
const version = __CK_VERSION__;
const allTags = ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'];

/** Each widget's default content, as a reader sees it. */
const shows: Record<string, (el: Element) => boolean> = {
  'role-compare': (el) => textOf(el.shadowRoot?.querySelector('[part=heading]')) === 'Data Scientist vs ML Engineer',
  'faq-accordion': (el) => el.shadowRoot?.querySelectorAll('[part=question]').length === 4,
  'salary-slider': (el) => !!el.shadowRoot?.querySelector('[part=slider]') && textOf(el.shadowRoot).includes('£65,000'),
  'newsletter-form': (el) => textOf(el.shadowRoot).includes('Get career tips delivered to your inbox'),
};

let pages = 0;
/** Loads a page whose only script is `script` (a path under the page's own /cdn-server/<id>/ root) with empty tags. */
async function open(script: string, tags: string[]) {
  const id = `${Date.now().toString(36)}-${++pages}`;
  const root = `/cdn-server/${id}/`;
  const frame = await loadPage(`${root}page?script=${encodeURIComponent(root + script)}&tags=${tags.join(',')}`);
  const doc = frame.contentDocument!;
  const els = tags.map((t) => doc.querySelector(t)!);
  await until(() => els.every((el) => shows[el.localName]!(el)), 8000, `${tags.join(', ')} from ${script}`);
  /** Every path the page requested under its root after the page itself, and what its resource timing saw elsewhere. */
  const requests = async () => {
    const log = ((await (await fetch(`/cdn-server/log?id=${id}`)).json()) as string[]).filter((p) => p !== 'page');
    const elsewhere = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith(root) && !p.startsWith('/nl/'));
    return { log, elsewhere };
  };
  return { frame, els, requests };
}

describe('CDN URL forms', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // [what, the script URL (under the page's root), the package version's folder every other request must be in]
  const loaderForms: [string, string, string][] = [
    ['jsDelivr short URL, its default file with no redirect', 'npm/careerkit', `npm/careerkit@${version}/`],
    ['jsDelivr pinned short URL', `npm/careerkit@${version}`, `npm/careerkit@${version}/`],
    ['jsDelivr short URL with a version range', 'npm/careerkit@0', `npm/careerkit@${version}/`],
    ['jsDelivr file URL', `npm/careerkit@${version}/cdn/loader.js`, `npm/careerkit@${version}/`],
    ["jsDelivr's minified copy", `npm/careerkit@${version}/cdn/loader.min.js`, `npm/careerkit@${version}/`],
    ["unpkg's short URL, a 302 to the file", 'unpkg/careerkit', `unpkg/careerkit@${version}/`],
    ["unpkg's pinned short URL, a 302 to the file", `unpkg/careerkit@${version}`, `unpkg/careerkit@${version}/`],
    ['a self-hosted copy of cdn/ in another folder', 'self/assets/js/careerkit/loader.js', 'self/assets/js/careerkit/'],
  ];
  for (const [what, script, folder] of loaderForms)
    it(`the loader at ${what} (${script}) shows every widget and stays in ${folder}`, async () => {
      const { requests } = await open(script, allTags);
      const { log, elsewhere } = await requests();
      expect(log.filter((p) => p !== script && !p.startsWith(folder))).to.deep.equal([]);
      expect(elsewhere).to.deep.equal([]);
      // The widgets came from the loader's chunks in that folder: one shared chunk and one per widget.
      const chunks = log.filter((p) => p.startsWith(`${folder}${folder.startsWith('self/') ? '' : 'cdn/'}chunks/`));
      expect(chunks.filter((p) => /\/shared-[\w-]+\.js$/.test(p))).to.have.length(1);
      for (const tag of allTags) expect(chunks.filter((p) => p.includes(`/chunks/${tag}-`)), tag).to.have.length(1);
    });

  const selfContained: [string, string[]][] = [
    [`npm/careerkit@${version}/cdn/careerkit.js`, allTags],
    [`npm/careerkit@${version}/cdn/careerkit.min.js`, allTags],
    ...allTags.map((tag): [string, string[]] => [`npm/careerkit@${version}/cdn/${tag}.js`, [tag]]),
    ['self/assets/js/careerkit/careerkit.js', allTags],
  ];
  for (const [script, tags] of selfContained)
    it(`${script} shows ${tags.length > 1 ? 'every widget' : tags[0]} and requests nothing else`, async () => {
      const { requests } = await open(script, tags);
      const { log, elsewhere } = await requests();
      expect(log).to.deep.equal([script]);
      expect(elsewhere).to.deep.equal([]);
    });

  for (const script of [`npm/careerkit@${version}/cdn/newsletter-form.min.js`, `npm/careerkit@${version}/cdn/careerkit.js`, 'self/assets/js/careerkit/careerkit.js'])
    it(`${script} loads signup.js and mailchimp.js from its own folder when a signup goes to Mailchimp`, async () => {
      const { els, requests } = await open(script, ['newsletter-form']);
      const el = els[0]!;
      el.setAttribute('provider', 'mailchimp');
      el.setAttribute('min-time', '0');
      el.setAttribute('action', `/nl/post?u=abc&id=cdn-urls-${Math.random().toString(36).slice(2)}`);
      await until(() => el.shadowRoot?.querySelector('input[type=email]'), 2000, 'the form');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = 'reader@example.com';
      el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
      await until(() => el.shadowRoot!.querySelector('[part=success]')?.textContent, 5000, 'success');
      const { log, elsewhere } = await requests();
      // The sender loads at the first signup, and Mailchimp's when the signup goes there: both next to the file.
      expect(log).to.deep.equal([script, script.replace(/[^/]+$/, 'signup.js'), script.replace(/[^/]+$/, 'mailchimp.js')]);
      expect(elsewhere).to.deep.equal([]);
    });

  // A widget with content in another language imports its words (locales.js, then the language's file), and one with a
  // `src` the request module: each next to the file, or among the loader's chunks.
  const german = {
    roles: ['Data Scientist', 'ML Engineer'],
    sections: [{ title: 'Der Kernunterschied', rows: [{ label: 'Schwerpunkt', values: ['Forschung', 'Produktion'] }] }],
    paths: [{ background: 'Softwareentwicklung', role: 'ML Engineer' }],
  };
  for (const script of ['npm/careerkit', `npm/careerkit@${version}/cdn/role-compare.min.js`, `npm/careerkit@${version}/cdn/careerkit.js`, 'self/assets/js/careerkit/careerkit.js'])
    it(`${script}: a widget in German loads its words, and a src its request, from the package's own folder`, async () => {
      const { els, requests, frame } = await open(script, ['role-compare']);
      const el = els[0] as HTMLElement & { data: unknown };
      el.setAttribute('locale', 'de-DE');
      el.data = german;
      await until(() => textOf(el.shadowRoot).includes('Welcher Weg passt zu Ihrem Hintergrund?'), 5000, 'the German words');
      const root = new URL(frame.src).pathname.replace(/page$/, '');
      el.setAttribute('src', `${root}missing.json`);
      el.data = undefined;
      await new Promise((resolve) => el.addEventListener('ck-error', resolve, { once: true }));
      const { log, elsewhere } = await requests();
      expect(elsewhere).to.deep.equal([]);
      const folder = script.startsWith('self/') ? 'self/assets/js/careerkit/' : `npm/careerkit@${version}/cdn/`;
      const rest = log.filter((p) => p !== script && p !== 'missing.json');
      expect(rest.every((p) => p.startsWith(folder)), rest.join(' ')).to.be.true;
      const files = rest.map((p) => p.slice(folder.length).replace(/-[\w-]{8}\.js$/, '.js'));
      const expected = script === 'npm/careerkit' ? ['chunks/locales.js', 'chunks/locale-de.js', 'chunks/request.js'] : ['locales.js', 'locales/de.js', 'request.js'];
      for (const file of expected) expect(files, file).to.include(file);
    });

  for (const script of ['npm/careerkit', `npm/careerkit@${version}/cdn/faq-accordion.min.js`, 'self/assets/js/careerkit/careerkit.js'])
    it(`${script}: <faq-accordion structured-data> loads its FAQPage writer from the package's own folder`, async () => {
      const { els, requests } = await open(script, ['faq-accordion']);
      const el = els[0] as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('structured-data', '');
      await until(() => el.querySelector('script[type="application/ld+json"]'), 5000, 'the FAQPage');
      expect(JSON.parse(el.querySelector('script')!.textContent!)['@type']).to.equal('FAQPage');
      const { log, elsewhere } = await requests();
      expect(elsewhere).to.deep.equal([]);
      const folder = script.startsWith('self/') ? 'self/assets/js/careerkit/' : `npm/careerkit@${version}/cdn/`;
      const writer = log.filter((p) => /structured-data(-[\w-]{8})?\.js$/.test(p));
      expect(writer, log.join(' ')).to.have.length(1);
      expect(writer[0]!.startsWith(folder), writer[0]).to.be.true;
    });
});
