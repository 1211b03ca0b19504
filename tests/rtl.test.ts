// Right-to-left: Arabic and Hebrew content mirrors as a whole. The salary slider's thumb, its markers and its axis
// agree (a click on the track where the marker is drawn gives the marker's figure), the recommended column's edge and
// the FAQ's marker sit on the right sides, and the default (English) content on a right-to-left page stays left to right.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '@careerkit/role-compare/define';
import '@careerkit/faq-accordion/define';
import '@careerkit/salary-slider/define';
import '@careerkit/newsletter-form/define';
import type { SalarySlider } from '@careerkit/salary-slider';
import type { RoleCompare } from '@careerkit/role-compare';
import type { CkElement } from '@careerkit/core';

const root = (el: Element) => el.shadowRoot!.querySelector('.ck')!;
const rect = (node: Element | Range) => node.getBoundingClientRect();
/** The rectangle of characters `from` to `to` of a text node. */
const chars = (text: Node, from: number, to = from + 1) => {
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return rect(range);
};

/** Example data, not from the seed: two roles' bands in riyals, in Arabic, and in shekels, in Hebrew. */
const arabic = {
  currency: 'SAR',
  roles: ['مهندس تعلم الآلة', 'عالم بيانات'],
  bands: [
    { role: 'مهندس تعلم الآلة', min: 65000, max: 95000, median: 80000 },
    { role: 'عالم بيانات', min: 55000, max: 80000 },
  ],
};
const hebrew = {
  currency: 'ILS',
  roles: ['מהנדס למידת מכונה', 'מדען נתונים'],
  bands: [
    { role: 'מהנדס למידת מכונה', min: 65000, max: 95000 },
    { role: 'מדען נתונים', min: 55000, max: 80000 },
  ],
};

/** The x, in the viewport, of the reader's marker on the first band, and the y of the slider's track. */
const marker = (el: SalarySlider) => {
  const line = rect(el.shadowRoot!.querySelector('[part=band] line:not(.median)')!);
  const slider = rect(el.shadowRoot!.querySelector('[part=slider]')!);
  return [line.left + line.width / 2, slider.top + slider.height / 2];
};

describe('right-to-left', () => {
  afterEach(() => resetMouse());

  for (const [lang, dir, data, figure] of [
    ['ar', 'rtl', arabic, 60000],
    ['he', 'rtl', hebrew, 85000],
    ['en-GB', 'ltr', { ...hebrew, currency: 'GBP' }, 60000],
  ] as const)
    it(`salary-slider in ${lang} (${dir}): the thumb goes where the marker is drawn, and the axis starts on the same side`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="width: 600px"><salary-slider value=${figure} .data=${data}></salary-slider></div>`);
      const el = wrap.querySelector<SalarySlider>('salary-slider')!;
      await el.updateComplete;
      expect(root(el).getAttribute('dir')).to.equal(dir);
      const slider = el.shadowRoot!.querySelector<HTMLInputElement>('[part=slider]')!;
      expect(slider.value).to.equal(`${figure}`);
      // A click on the track moves the thumb under the pointer, in every engine: where the marker for `figure` is drawn,
      // it gives `figure` back, within a step (1,000 on a scale of 50,000 across about 580px). Mirrored, it would give 150,000 − figure.
      const [x, y] = marker(el);
      el.value = figure == 60000 ? 90000 : 60000;
      await el.updateComplete;
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      await el.updateComplete;
      expect(Math.abs(+slider.value - figure), `clicked at the marker of ${figure}, got ${slider.value}`).to.be.at.most(1000);
      // The marker follows the thumb to that figure, at the same x.
      expect(Math.abs(marker(el)[0] - x)).to.be.below(12);
      // The axis names the bottom of the scale on the side where the thumb and the marker are at the bottom.
      el.value = 0;
      await el.updateComplete;
      const [low, high] = [...el.shadowRoot!.querySelectorAll('.axis.full span')].map(rect);
      const start = (r: DOMRect) => (dir == 'rtl' ? r.right : r.left);
      expect(Math.abs(marker(el)[0] - start(low)), 'the bottom of the scale under its label').to.be.below(12);
      expect(dir == 'rtl' ? high.left < low.left : high.left > low.left).to.equal(true);
    });

  it("role-compare's recommended column has its edge on the inline-start side: the right in Arabic, the left in English", async () => {
    const data = {
      heading: 'مدير منتج مقابل محلل بيانات',
      roles: ['مدير منتج', 'محلل بيانات'],
      sections: [{ title: 'التركيز', rows: [{ label: 'السؤال الرئيسي', values: ['ماذا نبني؟', 'ماذا تقول البيانات؟'] }] }],
      paths: [{ background: 'الاقتصاد', role: 'محلل بيانات', text: 'نص مثال.' }],
    };
    for (const [dir, width] of [
      ['rtl', '700px'],
      ['rtl', '300px'],
      ['ltr', '700px'],
    ]) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${dir == 'rtl' ? 'ar' : 'en-GB'} dir=${dir} style="width: ${width}"><role-compare .data=${data} background="الاقتصاد"></role-compare></div>`);
      const el = wrap.querySelector<RoleCompare>('role-compare')!;
      await el.updateComplete;
      const cells = [...el.shadowRoot!.querySelectorAll('[part~=highlight]')];
      expect(cells.length, `${dir} ${width}`).to.be.greaterThan(1);
      for (const cell of cells) {
        const style = getComputedStyle(cell);
        const [start, end] = dir == 'rtl' ? ['Right', 'Left'] : ['Left', 'Right'];
        const edge = (side: string) => [style.getPropertyValue(`border-${side.toLowerCase()}-style`), parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))];
        expect(edge(start), `${dir} ${width}: the start edge`).to.deep.equal(['solid', 3]);
        expect(edge(end)[0], `${dir} ${width}: the end edge`).to.equal('none');
      }
    }
  });

  it("faq-accordion's marker is at the end of the question: on the left in Hebrew, on the right in English", async () => {
    for (const [lang, dir, question] of [
      ['he', 'rtl', 'האם זו דוגמה?'],
      ['en-GB', 'ltr', 'Is this an example?'],
    ]) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="width: 500px"><faq-accordion .data=${{ items: [{ question, answer: '…' }] }}></faq-accordion></div>`);
      const el = wrap.querySelector<CkElement<object>>('faq-accordion')!;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector('.q')!;
      const text = [...button.childNodes].find((node) => node.nodeType == Node.TEXT_NODE && node.textContent!.trim())!;
      const [box, words] = [rect(button), chars(text, 0, text.textContent!.length)];
      // The question is flush with the start edge; the room at the other end is the marker's (a flex item, never overlapping).
      const [atStart, atEnd] = dir == 'rtl' ? [box.right - words.right, words.left - box.left] : [words.left - box.left, box.right - words.right];
      expect(atStart, `${dir}: the question at the start`).to.be.below(2);
      expect(atEnd, `${dir}: the marker at the end`).to.be.above(8);
      expect(getComputedStyle(button, '::after').content).to.match(/\+/);
    }
  });

  it('the default (English) content on an Arabic right-to-left page stays left to right, its punctuation where it belongs', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    try {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 700px"><role-compare sections="paths"></role-compare><faq-accordion></faq-accordion></div>`);
      const [compare, faq] = [...wrap.children] as CkElement<object>[];
      for (const el of [compare, faq]) {
        await el.updateComplete;
        expect([root(el).getAttribute('lang'), root(el).getAttribute('dir')]).to.deep.equal(['en-GB', 'ltr']);
      }
      // "Which path suits your background?": its question mark after the last word, at the right ("?Which path…" in RTL).
      const legend = compare.shadowRoot!.querySelector('.legend')!;
      const walker = document.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode()!;
      const end = text.textContent!.trimEnd().length - 1;
      expect(text.textContent![end]).to.equal('?');
      expect(chars(text, end).left > chars(text, 0).right).to.equal(true);
      // The first question, its question mark at the right end, after its first letter.
      const question = [...faq.shadowRoot!.querySelector('.q')!.childNodes].find((node) => node.nodeType == Node.TEXT_NODE && node.textContent!.trim())!;
      const last = question.textContent!.trimEnd().length - 1;
      expect(question.textContent![last]).to.equal('?');
      expect(chars(question, last).left > chars(question, 0).right).to.equal(true);
    } finally {
      document.documentElement.removeAttribute('lang');
      document.documentElement.removeAttribute('dir');
    }
  });

  it("an authored newsletter form's honeypot stays off-screen without widening a right-to-left page", async () => {
    const root = document.documentElement;
    root.dir = 'rtl';
    try {
      const el = await fixture<CkElement<object>>(html`<newsletter-form
        ><form action="https://example.com/subscribe" method="post"><input type="email" name="email" aria-label="البريد الإلكتروني" /><button>اشتراك</button></form></newsletter-form
      >`);
      await el.updateComplete;
      const trap = el.querySelector<HTMLInputElement>('[name=ck-trap]')!;
      // Clipped to nothing where it stands: not seen, not clickable, and no overflow anyone can scroll to.
      const { x, y, width, height } = trap.getBoundingClientRect();
      expect(document.elementFromPoint(x + width / 2, y + height / 2) === trap, 'the trap can be hit').to.be.false;
      expect(document.scrollingElement!.scrollWidth, 'the page got wider').to.be.at.most(document.scrollingElement!.clientWidth);
    } finally {
      root.removeAttribute('dir');
    }
  });
});
