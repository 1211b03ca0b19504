// One render on load and one per real change, in every content mode: a widget's
// own light-DOM writes (FAQ's JSON-LD and `slot="after"`, the newsletter form's
// enhancement and messages) never set off another render.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { RoleCompare } from '@careerkit/role-compare';
import { FaqAccordion } from '@careerkit/faq-accordion';
import { SalarySlider } from '@careerkit/salary-slider';
import { NewsletterForm } from '@careerkit/newsletter-form';
import { captureConsole } from './helpers.js';

/** Each widget, subclassed to count its renders, under a tag of its own. */
for (const Base of [RoleCompare, FaqAccordion, SalarySlider, NewsletterForm])
  customElements.define(
    `counted-${Base.tagName}`,
    class extends (Base as unknown as typeof LitElement) {
      renders = 0;
      protected override render() {
        this.renders++;
        return super.render();
      }
    },
  );

type Counted = HTMLElement & { renders: number; updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Waits until the element is idle: its update, any light-DOM mutation records, a couple of frames. */
async function settle(el: Counted) {
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el.renders;
}

const json = (value: unknown) => html`<script type="application/json">${JSON.stringify(value)}</script>`;

interface Mode {
  name: string;
  template: TemplateResult;
  /** Text the content mode must show, so a widget that shows nothing cannot pass. */
  shows: string;
  /** Waits for content from `src`: the loading render and the loaded one. */
  src?: boolean;
}

const modes: Record<string, Mode[]> = {
  'role-compare': [
    { name: 'default', template: html`<counted-role-compare></counted-role-compare>`, shows: 'ML Engineer' },
    { name: 'attributes', template: html`<counted-role-compare sections="core" heading="Picked"></counted-role-compare>`, shows: 'Picked' },
    {
      name: 'JSON script',
      template: html`<counted-role-compare>${json({ roles: ['Alpha', 'Beta'], sections: [{ title: 'T', rows: [{ label: 'L', values: ['1', '2'] }] }] })}</counted-role-compare>`,
      shows: 'Alpha',
    },
    {
      name: 'HTML',
      template: html`<counted-role-compare
        ><table>
          <tr><th></th><th>Gamma</th><th>Delta</th></tr>
          <tr><th>Pay</th><td>1</td><td>2</td></tr>
        </table></counted-role-compare
      >`,
      shows: 'Gamma',
    },
    { name: 'data', template: html`<counted-role-compare .data=${{ roles: ['Eta', 'Theta'], sections: [{ rows: [{ values: ['x'] }] }] }}></counted-role-compare>`, shows: 'Eta' },
    { name: 'src', template: html`<counted-role-compare src="/tests/fixtures/compare.json"></counted-role-compare>`, shows: 'Product Manager', src: true },
  ],
  'faq-accordion': [
    { name: 'default', template: html`<counted-faq-accordion></counted-faq-accordion>`, shows: 'Which role pays more?' },
    { name: 'attributes', template: html`<counted-faq-accordion toggle-all searchable structured-data></counted-faq-accordion>`, shows: 'Expand all' },
    { name: 'JSON script', template: html`<counted-faq-accordion structured-data>${json({ items: [{ question: 'Q one?', answer: 'A one.' }] })}</counted-faq-accordion>`, shows: 'Q one?' },
    {
      name: 'HTML (with JSON-LD and a closing note)',
      template: html`<counted-faq-accordion structured-data
        ><h3>Intro</h3>
        <details><summary>Q two?</summary><p>A two.</p></details>
        <details open><summary>Q three?</summary><p>A three.</p></details>
        <p>Still have questions?</p></counted-faq-accordion
      >`,
      shows: 'Q two?',
    },
    { name: 'data', template: html`<counted-faq-accordion .data=${{ items: [{ question: 'Q four?', answer: 'A four.' }] }}></counted-faq-accordion>`, shows: 'Q four?' },
    { name: 'src', template: html`<counted-faq-accordion src="/tests/fixtures/faq-accordion-items.json"></counted-faq-accordion>`, shows: '?', src: true },
  ],
  'salary-slider': [
    { name: 'default', template: html`<counted-salary-slider></counted-salary-slider>`, shows: 'ML engineer' },
    { name: 'attributes', template: html`<counted-salary-slider job="Analyst" min="30000" max="40000"></counted-salary-slider>`, shows: 'Analyst' },
    {
      name: 'JSON script',
      template: html`<counted-salary-slider>${json({ roles: ['Tester'], bands: [{ role: 'Tester', min: 20000, max: 30000 }] })}</counted-salary-slider>`,
      shows: 'Tester',
    },
    { name: 'data', template: html`<counted-salary-slider .data=${{ roles: ['Pilot'], bands: [{ role: 'Pilot', min: 50000, max: 90000 }] }}></counted-salary-slider>`, shows: 'Pilot' },
    { name: 'src', template: html`<counted-salary-slider src="/tests/fixtures/salary-slider-bands.json"></counted-salary-slider>`, shows: '€', src: true },
  ],
  'newsletter-form': [
    { name: 'default', template: html`<counted-newsletter-form action="/nl/subscribe"></counted-newsletter-form>`, shows: 'Get career tips' },
    { name: 'attributes', template: html`<counted-newsletter-form action="/nl/subscribe" heading="Join us" consent="required"></counted-newsletter-form>`, shows: 'Join us' },
    { name: 'JSON script', template: html`<counted-newsletter-form action="/nl/subscribe">${json({ heading: 'From JSON' })}</counted-newsletter-form>`, shows: 'From JSON' },
    {
      name: 'HTML (an authored form it enhances)',
      template: html`<counted-newsletter-form consent
        ><form action="/nl/subscribe" method="post"><label>Email <input type="email" name="email"></label><button>Join</button></form></counted-newsletter-form
      >`,
      shows: '',
    },
    { name: 'data', template: html`<counted-newsletter-form action="/nl/subscribe" .data=${{ heading: 'From data' }}></counted-newsletter-form>`, shows: 'From data' },
    { name: 'src', template: html`<counted-newsletter-form action="/nl/subscribe" src="/tests/fixtures/newsletter-form-content.json"></counted-newsletter-form>`, shows: '', src: true },
  ],
};

describe('render count', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  for (const [widget, list] of Object.entries(modes))
    describe(widget, () => {
      for (const mode of list)
        it(`${mode.name}: one render on load, one per real change`, async () => {
          const el = await fixture<Counted>(mode.template);
          let expected = 1;
          if (mode.src) {
            await oneEvent(el, 'ck-load');
            // The loading state, then the content.
            expected = 2;
          }
          expect(await settle(el)).to.equal(expected);
          expect(el.shadowRoot.textContent).to.contain(mode.shows);
          // A real change: an attribute every widget has.
          el.setAttribute('theme', 'dark');
          expect(await settle(el)).to.equal(++expected);
          // Another real change: new light-DOM content (a note the widget keeps or ignores alike).
          el.append(document.createElement('span'));
          expect(await settle(el)).to.equal(expected + 1);
          expect(log.errors).to.deep.equal([]);
        });
    });

  it('an invalid signup from an authored form renders once, however the message is shown', async () => {
    const el = await fixture<Counted>(
      html`<counted-newsletter-form min-time="0"
        ><form action="/nl/subscribe" method="post"><input type="email" name="email" aria-label="Email"><button>Join</button></form></counted-newsletter-form
      >`,
    );
    const before = await settle(el);
    const input = el.querySelector('input')!;
    input.value = 'not an address';
    el.querySelector('button')!.click();
    expect(await settle(el)).to.equal(before + 1);
    // The message is there, in the light DOM, and linked to the field.
    expect(el.querySelector('.ck-error')!.textContent).to.contain('valid email');
    // An alert, so it is heard with focus still in the field.
    expect(el.querySelector('.ck-error')!.getAttribute('role')).to.equal('alert');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a JSON-LD script is written once and does not render the FAQ again when the content changes', async () => {
    const el = await fixture<Counted>(html`<counted-faq-accordion structured-data></counted-faq-accordion>`);
    const before = await settle(el);
    (el as unknown as FaqAccordion).data = { items: [{ question: 'New?', answer: 'Yes.' }] };
    expect(await settle(el)).to.equal(before + 1);
    expect(el.querySelector('script[type="application/ld+json"]')!.textContent).to.contain('New?');
  });
});
