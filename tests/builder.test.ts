// The embed builder (packages/builder): forms and a spreadsheet paste make embed code that works on a blank page
// with the built CDN loader (packages/careerkit/cdn, made by `npm run build`).
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/builder/src/main.js';
import type { CkBuilder } from '../packages/builder/src/builder.js';
import { initial, json, react, toHash } from '../packages/builder/src/state.js';
import { textOf, until } from './helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: CkBuilder, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const button = (el: CkBuilder, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? textOf(b)) === name);
const click = async (el: CkBuilder, name: string) => {
  const b = button(el, name);
  if (!b) throw new Error(`no button "${name}"`);
  b.click();
  await el.updateComplete;
};
/** Types into a field (the id of a content field is its path: `f-items_0__question` for items[0].question). */
const type = async (el: CkBuilder, selector: string, value: string) => {
  const field = $<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const choose = async (el: CkBuilder, selector: string, value: string) => {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const code = (el: CkBuilder) => $<HTMLTextAreaElement>(el, '#code').value;
const builder = () => fixture<CkBuilder>(html`<ck-builder></ck-builder>`);

const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/careerkit@\d+\.\d+\.\d+[^"]*/;
const CSS = /https:\/\/cdn\.jsdelivr\.net\/npm\/careerkit@\d+\.\d+\.\d+\/cdn\/careerkit\.css/;

/** Puts embed code alone on a blank page, its CDN URL pointed at the built loader, and returns the upgraded widget. */
async function embed(snippet: string, tag: string) {
  expect(CDN.test(snippet), 'the snippet loads the pinned CDN loader').to.be.true;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet.replace(CSS, '/packages/careerkit/cdn/careerkit.css').replace(CDN, '/packages/careerkit/cdn/loader.js')}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => el.shadowRoot?.querySelector('[part=base]'), 5000, `<${tag}> to upgrade`);
  await el.updateComplete;
  return el;
}

describe('embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is accessible as it opens, names its controls, and pins the CDN version', async () => {
    const el = await builder();
    await expect(el).to.be.accessible();
    expect($(el, 'label[for=widget]').textContent).to.equal('Widget');
    expect($(el, 'label[for=paste]').textContent).to.equal('Paste from a spreadsheet');
    expect($(el, 'label[for=code]').textContent).to.equal('Embed code');
    // The default content gives the bare tag.
    expect(code(el)).to.match(
      /^<link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/careerkit@\d+\.\d+\.\d+\/cdn\/careerkit\.css">\n<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/careerkit@\d+\.\d+\.\d+"><\/script>\n\n<salary-slider><\/salary-slider>\n$/,
    );
    // The preview at 280 px on a dark page.
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=width], input[name=scheme]')].filter((r) => ['280 px', 'Dark'].includes(textOf(r.parentElement))).forEach((r) => r.click());
    await el.updateComplete;
    expect($(el, '.frame').getBoundingClientRect().width).to.equal(280);
    expect($(el, '.stage').classList.contains('dark')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('bands pasted from a spreadsheet give embed code that shows those bands on a blank page', async () => {
    const el = await builder();
    await type(el, '#paste', 'Role\tLevel\tLocation\tMin\tMax\tMedian\nUX Designer\tSenior\tLeeds\t£48,000\t£62,000\t55k\nUX Researcher\tSenior\tLeeds\t50k\t66k\t');
    expect(textOf($(el, '#paste-r'))).to.equal('2 bands read.');
    expect(el.shadowRoot!.querySelector('.summary'), 'no problems').to.be.null;
    const snippet = code(el);
    expect(snippet).to.contain('"min": 48000').and.contain('"max": 66000').and.contain('"median": 55000');
    await expect(el).to.be.accessible();
    const widget = await embed(snippet, 'salary-slider');
    const text = textOf(widget.shadowRoot);
    expect(text).to.contain('UX Designer').and.contain('UX Researcher').and.contain('£48,000').and.contain('£66,000');
    expect(text).not.to.contain('ML Engineer');
  });

  it('names every rejected cell by its row and column', async () => {
    const el = await builder();
    await type(el, '#paste', 'role,min,max,colour\nA,abc,10\nB,,5\nC,90,80\n"D, Senior","£1,000",2k');
    const cells = [...$(el, '#paste-r').querySelectorAll('li')].map(textOf);
    expect(cells).to.deep.equal([
      'Row 1, column D: "colour" is not a band column; use role, level, location, min, max, median, p10, p25, p75, p90',
      'Row 2, column B (min): "abc" is not a figure (write 65000, £65,000 or 65k)',
      'Row 3, column B (min): is empty',
      'Row 4, column B (min): must not be above max',
    ]);
    expect(textOf($(el, '#paste-r'))).to.contain('2 bands read; 4 cells rejected');
    // The widget's own message is next to the field too, and the field is marked invalid.
    const min = $<HTMLInputElement>(el, '#f-bands_0__min');
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(el.shadowRoot!.getElementById(min.getAttribute('aria-describedby')!))).to.equal('Minimum must not be above max');
    await expect(el).to.be.accessible();
    // A header without the needed columns; figures written every way, and one too ambiguous to read.
    await type(el, '#paste', 'Job\tSalary\nA\t65.000');
    expect(textOf($(el, '#paste-r'))).to.contain('Row 1: the header row needs the columns role, min, max');
    await type(el, '#paste', 'role,min,max\nA,65.000,70000\nB,"65,000 GBP",£1.2m\nC,$65.5k,70k');
    expect([...$(el, '#paste-r').querySelectorAll('li')].map(textOf)).to.deep.equal(['Row 2, column B (min): "65.000" is not a figure (write 65000, £65,000 or 65k)']);
    expect(code(el)).to.contain('{ "role": "B", "min": 65000, "max": 1200000 }').and.contain('{ "role": "C", "min": 65500, "max": 70000 }');
  });

  it('an FAQ built with the forms works from its embed code', async () => {
    const el = await builder();
    await choose(el, '#widget', 'faq-accordion');
    for (const n of [4, 3, 2]) await click(el, `Remove Question ${n}`);
    await type(el, '#f-items_0__question', 'Do you sponsor visas?');
    await type(el, '#f-items_0__answer', 'Yes, for every role we advertise.');
    await click(el, 'Add question');
    expect(textOf(el.shadowRoot!.querySelector('.summary'))).to.contain('Question 2, Question must be text; got empty text');
    await expect(el).to.be.accessible();
    await click(el, 'Remove Question 2');
    const searchable = $<HTMLInputElement>(el, '#f-attr-searchable');
    searchable.click();
    await el.updateComplete;
    const snippet = code(el);
    expect(snippet).to.contain('<faq-accordion searchable>');
    const widget = await embed(snippet, 'faq-accordion');
    expect(widget.shadowRoot!.querySelectorAll('[part~=question]').length, 'one question').to.equal(1);
    expect(textOf(widget.shadowRoot)).to.contain('Do you sponsor visas?');
    expect(widget.shadowRoot!.querySelector('input[type=search]'), 'the filter box').not.to.be.null;
  });

  it('a comparison built with the forms works from its embed code', async () => {
    const el = await builder();
    await choose(el, '#widget', 'role-compare');
    await click(el, 'Start from empty content');
    await type(el, '#f-heading', 'Frontend vs Backend');
    await type(el, '#f-roles_0_', 'Frontend Developer');
    await type(el, '#f-roles_1_', 'Backend Developer');
    await type(el, '#f-sections_0__title', 'Pay');
    await type(el, '#f-sections_0__rows_0__label', 'Mid-level');
    await type(el, '#f-sections_0__rows_0__values_0_', '£50,000');
    await type(el, '#f-sections_0__rows_0__values_1_', '£55,000');
    await click(el, 'Add background');
    await type(el, '#f-paths_0__background', 'Graphic design');
    expect(el.shadowRoot!.querySelector('.summary'), 'no problems').to.be.null;
    await expect(el).to.be.accessible();
    const widget = await embed(code(el), 'role-compare');
    const text = textOf(widget.shadowRoot);
    expect(text).to.contain('Frontend vs Backend').and.contain('Backend Developer').and.contain('£55,000').and.contain('Graphic design');
    expect(text).not.to.contain('Data Scientist');
  });

  it('reorders list items with the keyboard-reachable buttons, keeping focus on the moved item', async () => {
    const el = await builder();
    await choose(el, '#widget', 'faq-accordion');
    const first = $<HTMLInputElement>(el, '#f-items_0__question').value;
    await click(el, 'Move Question 1 down');
    expect($<HTMLInputElement>(el, '#f-items_1__question').value).to.equal(first);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Move Question 2 down');
  });

  it('gives back the same snippet for a pasted one (round trip)', async () => {
    const el = await builder();
    await choose(el, '#widget', 'faq-accordion');
    await click(el, 'Remove Question 4');
    await $<HTMLInputElement>(el, '#f-attr-toggle-all').click();
    await choose(el, '#mode', 'dark');
    await type(el, '#c-accent', '#ffb000');
    const snippet = code(el);
    expect(snippet).to.contain('<faq-accordion toggle-all theme="dark" style="--ck-accent: #ffb000">');
    const other = await builder();
    for (const pasted of [snippet, code(other)]) {
      await type(other, '#paste-snippet', pasted);
      await click(other, 'Edit this snippet');
      expect(code(other)).to.equal(pasted);
    }
    await type(other, '#paste-snippet', '<p>no widget here</p>');
    await click(other, 'Edit this snippet');
    expect(textOf(other.shadowRoot!.querySelector('details [role=status]'))).to.contain('No widget tag found');
  });

  it('shows the contrast ratio and warns under WCAG AA', async () => {
    const el = await builder();
    await choose(el, '#mode', 'light');
    expect(textOf($(el, '.warning'))).to.equal('');
    await type(el, '#c-text', '#999999');
    expect(textOf($(el, '.ratios tbody tr'))).to.contain('2.85:1');
    expect(textOf($(el, '.warning'))).to.contain('Below WCAG AA').and.contain('text on the background is 2.85:1, under 4.5:1');
    // The preview shows the low contrast asked for, which is what the warning is about; the rest must pass.
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
    await type(el, '#c-text', '#1b1d21');
    expect(textOf($(el, '.warning'))).to.equal('');
    await type(el, '#c-bg', 'navy');
    expect(textOf(el.shadowRoot!.querySelector('#c-bg-e'))).to.contain('must be a colour written #rrggbb');
  });

  it('takes the action from pasted Mailchimp embed code', async () => {
    const el = await builder();
    await choose(el, '#widget', 'newsletter-form');
    expect(textOf($(el, '#f-attr-action-e'))).to.contain('nowhere to send signups');
    await type(el, '#mailchimp', '<form action="https://example.us1.list-manage.com/subscribe/post?u=abc&amp;id=def" method="post"><input name="EMAIL"></form>');
    expect(code(el)).to.contain('<newsletter-form provider="mailchimp" action="https://example.us1.list-manage.com/subscribe/post?u=abc&amp;id=def">');
    await expect(el).to.be.accessible();
  });

  it('gives developers the React form and the JSON for src', async () => {
    const el = await builder();
    await choose(el, '#widget', 'faq-accordion');
    await click(el, 'Remove Question 4');
    await $<HTMLInputElement>(el, '#f-attr-toggle-all').click();
    await type(el, '#f-attr-heading-level', '4');
    const tsx = $<HTMLTextAreaElement>(el, '#react').value;
    expect(tsx).to.contain("import { FaqAccordion } from '@careerkit/react';").and.contain('<FaqAccordion data={data} toggleAll headingLevel={4} />');
    const data = JSON.parse(/const data = ([\s\S]*?);\n/.exec(tsx)![1]) as { items: unknown[] };
    expect(data.items.length).to.equal(3);
    // The downloaded JSON (and the JSON script) read back as the same content, `</script>` in a string included.
    const content = { items: [{ question: 'Is </script> safe?', answer: 'Yes: "quoted", <b>text</b>.' }], source: { title: 'T', date: '2026-05-03' } };
    expect(json(content)).not.to.contain('</');
    expect(JSON.stringify(JSON.parse(json(content)))).to.equal(JSON.stringify(content));
    expect(react({ ...initial('salary-slider'), attrs: { value: '60000' } })).to.contain('<SalarySlider value={60000} />');
  });

  it('keeps its state in the URL hash with sync-hash, so a link reopens it', async () => {
    const state = initial('faq-accordion');
    state.attrs.single = '';
    const before = location.href;
    history.replaceState(null, '', toHash(state));
    try {
      const el = await fixture<CkBuilder>(html`<ck-builder sync-hash></ck-builder>`);
      expect($<HTMLSelectElement>(el, '#widget').value).to.equal('faq-accordion');
      expect(code(el)).to.contain('<faq-accordion single>');
      await type(el, '#f-attr-heading-level', '4');
      expect(decodeURIComponent(location.hash)).to.contain('"heading-level":"4"');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
