import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RoleCompare } from '@careerkit/role-compare/define';
import { PATH_SELECT_EVENT, type RoleCompareData } from '@careerkit/role-compare';
import { captureConsole, emulate, mediaRules, textOf, until } from './helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map(textOf);

const three: RoleCompareData = {
  heading: 'Three roles (example data)',
  roles: ['Analyst', 'Scientist', 'Engineer'],
  sections: [
    {
      title: 'Tools',
      rows: [
        { label: 'Main tool', values: ['Spreadsheets', 'Notebooks', 'Pipelines'] },
        { label: 'Shared', values: ['SQL'] },
      ],
    },
  ],
  paths: [{ background: 'Finance', role: 'Analyst', text: 'Example.' }],
};

describe('role-compare', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('default content', () => {
    it('is accessible', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare></role-compare>`);
      await expect(el).to.be.accessible();
    });

    it('shows the seed article comparison, with no console errors', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare></role-compare>`);
      const text = textOf(shadow(el));
      expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Data Scientist vs ML Engineer');
      for (const phrase of [
        'The core difference',
        'Research and insight',
        'A production system that runs reliably at scale.',
        'Exploratory data analysis',
        'Cloud ML platforms (SageMaker, Vertex AI, Azure ML)',
        'Both roles require',
        'two of the most common AI titles in the UK — and two of the most confused.',
        'data scientists work on the research and insight side of the ML lifecycle',
        'Many job postings use the titles interchangeably, which is genuinely confusing.',
        'Stronger communication skills — writing clearly',
        'reliability, latency, and scalability',
        '£55,000–£80,000',
        '£65,000–£95,000',
        'The gap is small at junior and mid-level but widens at senior and principal levels.',
        'Analytics or BI',
        'Alex Morgan',
      ])
        expect(text).to.contain(phrase);
      expect(log.errors).to.deep.equal([]);
    });

    it('renders real tables: caption, role column headers, row headers', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare></role-compare>`);
      const tables = shadow(el).querySelectorAll('table');
      expect(texts(el, 'caption')).to.include.members(['Day-to-day work: side by side', 'Salary comparison']);
      // A section's intro is part of its caption, after the title (the table stays named by both).
      const core = tables[0]!.caption!;
      expect([...core.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim()).to.equal('The core difference');
      expect(textOf(core.querySelector('p[part=intro]'))).to.match(/^The simplest way to frame it: /);
      const dayToDay = [...tables].find((t) => textOf(t.caption) === 'Day-to-day work: side by side')!;
      expect([...dayToDay.querySelectorAll('thead th[role=columnheader]')].map(textOf)).to.deep.equal(['Data Scientist', 'ML Engineer']);
      expect(dayToDay.tBodies[0].rows).to.have.length(6);
      const salary = [...tables].find((t) => textOf(t.caption) === 'Salary comparison')!;
      expect(textOf(salary.querySelector('tbody th[role=rowheader]'))).to.equal('Mid-level, London');
      expect(salary.getAttribute('role')).to.equal('table');
    });

    it('is British English wherever it is shown: its source date too, on a German page', async () => {
      const el = await fixture<RoleCompare>(html`<div lang="de-DE"><role-compare></role-compare></div>`);
      const rc = el.querySelector('role-compare')!;
      await rc.updateComplete;
      expect(textOf(shadow(rc).querySelector('[part=source]'))).to.contain('3 May 2026');
      expect(shadow(rc).querySelector('.ck')!.getAttribute('lang')).to.equal('en-GB');
      // Content given on that page is in the page's language, its source date too.
      rc.data = { ...RoleCompare.defaults as object, heading: 'Data Scientist oder ML Engineer' } as RoleCompare['data'];
      await rc.updateComplete;
      expect(textOf(shadow(rc).querySelector('[part=source]'))).to.contain('3. Mai 2026');
      rc.locale = 'en-GB';
      await rc.updateComplete;
      expect(textOf(shadow(rc).querySelector('[part=source]'))).to.contain('3 May 2026');
    });
  });

  describe('content', () => {
    it('takes the data property, and returns the checked content in use', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare .data=${three}></role-compare>`);
      expect(texts(el, 'thead th')).to.deep.equal(['Analyst', 'Scientist', 'Engineer']);
      expect(shadow(el).querySelector('td[colspan="3"]')).to.exist;
      expect(el.data?.roles).to.deep.equal(three.roles);
      expect(el.data?.sections[0].id).to.equal('tools');
      await expect(el).to.be.accessible();
    });

    it('renders every row shape: labelled, unlabelled, one value for all, two or three roles', async () => {
      // Example data: not from the seed article.
      const shapes: RoleCompareData = {
        roles: ['A', 'B', 'C'],
        sections: [
          { title: 'Labelled', rows: [{ label: 'Three', values: ['a1', 'b1', 'c1'] }, { values: ['a2', 'b2', 'c2'] }, { label: 'All', values: ['x'] }] },
          { title: 'Plain', rows: [{ values: ['a3', 'b3', 'c3'] }, { values: ['y'] }] },
        ],
        paths: [{ background: 'Third', role: 'C' }],
      };
      const el = await fixture<RoleCompare>(html`<role-compare background="Third" .data=${shapes}></role-compare>`);
      const rows = (i: number) =>
        [...shadow(el).querySelectorAll('section')[i].querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((cell) => `${cell.localName}:${cell.getAttribute('role')}:${(cell as HTMLElement).dataset.role ?? ''}:${cell.getAttribute('colspan') ?? ''}:${cell.getAttribute('part') ?? cell.className}:${textOf(cell)}`),
        );
      expect(rows(0)).to.deep.equal([
        ['th:rowheader:::row-header:Three', 'td:cell:A::cell:a1', 'td:cell:B::cell:b1', 'td:cell:C::cell highlight:c1'],
        ['td:cell:::corner:', 'td:cell:A::cell:a2', 'td:cell:B::cell:b2', 'td:cell:C::cell highlight:c2'],
        ['th:rowheader:::row-header:All', 'td:cell::3:cell:x'],
      ]);
      expect(rows(1)).to.deep.equal([
        ['td:cell:A::cell:a3', 'td:cell:B::cell:b3', 'td:cell:C::cell highlight:c3'],
        ['td:cell::3:cell:y'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps a data property set before the element upgrades', async () => {
      const el = document.createElement('rc-early') as RoleCompare;
      el.data = three;
      document.body.append(el);
      RoleCompare.define('rc-early');
      await el.updateComplete;
      expect(texts(el, 'thead th')).to.deep.equal(['Analyst', 'Scientist', 'Engineer']);
      el.remove();
    });

    it('reads a child JSON script, and follows changes to it', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare>
        <script type="application/json">
          { "roles": ["Designer", "Researcher"], "sections": [{ "title": "Output", "rows": [{ "values": ["Mock-ups", "Interviews"] }] }] }
        </script>
      </role-compare>`);
      expect(texts(el, 'thead th')).to.deep.equal(['Designer', 'Researcher']);
      el.querySelector('script')!.textContent = JSON.stringify({ ...three, heading: 'Changed' });
      await until(() => textOf(shadow(el).querySelector('[part=heading]')) === 'Changed', 2000, 'the new JSON');
    });

    it('loads JSON from src, with a loading state and a ck-load event', async () => {
      const el = document.createElement('role-compare');
      const loaded = oneEvent(el, 'ck-load');
      el.src = '/tests/fixtures/compare.json';
      document.body.append(el);
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[part=status]'))).to.equal('Loading…');
      expect((await loaded).detail.src).to.equal('/tests/fixtures/compare.json');
      await el.updateComplete;
      expect(texts(el, 'thead th')).to.deep.equal(['Product Manager', 'Data Analyst']);
      expect(textOf(shadow(el).querySelector('[part=status]'))).to.equal('');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('goes back to the other content when src is removed', async () => {
      const el = document.createElement('role-compare');
      const loaded = oneEvent(el, 'ck-load');
      el.setAttribute('src', '/tests/fixtures/compare.json');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(texts(el, 'thead th')).to.deep.equal(['Product Manager', 'Data Analyst']);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(texts(el, 'thead th')[0]).to.equal('Data Scientist');
      expect(el.data?.roles).to.deep.equal(['Data Scientist', 'ML Engineer']);
      el.remove();
    });

    it('falls back to the authored table, not the seed, when src fails', async () => {
      const el = document.createElement('role-compare');
      el.innerHTML = '<table><caption>Pay</caption><tr><th></th><th>Nurse</th><th>Midwife</th></tr><tr><th>Band 5</th><td>£29,970</td><td>£29,970</td></tr></table>';
      const failed = oneEvent(el, 'ck-error');
      el.src = '/tests/fixtures/missing.json';
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(texts(el, 'thead th')).to.deep.equal(['Nurse', 'Midwife']);
      expect(shadow(el).querySelector('[role=alert]')).to.be.null;
      expect(log.errors.some((e) => e.includes('missing.json'))).to.be.true;
      el.remove();
    });

    it('shows an error state when src fails, and fires ck-error', async () => {
      for (const src of ['/tests/fixtures/missing.json', '/tests/fixtures/broken.json']) {
        const el = document.createElement('role-compare');
        const failed = oneEvent(el, 'ck-error');
        el.src = src;
        document.body.append(el);
        expect((await failed).detail.src).to.equal(src);
        await el.updateComplete;
        const alert = shadow(el).querySelector('[role=alert]');
        expect(textOf(alert)).to.equal('Sorry, this content could not be loaded.');
        expect(log.errors.some((e) => e.includes(src))).to.be.true;
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('takes simple values as attributes: heading, heading-level, sections, background', async () => {
      const el = await fixture<RoleCompare>(
        html`<role-compare heading="Which AI role?" heading-level="3" sections="salary paths" background="analytics or bi"></role-compare>`,
      );
      const heading = shadow(el).querySelector('[part=heading]')!;
      expect(textOf(heading)).to.equal('Which AI role?');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(texts(el, 'caption')).to.deep.equal(['Salary comparison']);
      expect(shadow(el).querySelector('[part=picker][role=radiogroup]')).to.exist;
      expect(textOf(shadow(el).querySelector('th[part~=highlight]'))).to.contain('Data Scientist');
    });

    it('reads an authored light-DOM table, and leaves it in place as the fallback', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare>
        <h2>Nurse vs Midwife</h2>
        <table>
          <caption>Training</caption>
          <thead><tr><td></td><th>Nurse</th><th>Midwife</th></tr></thead>
          <tbody>
            <tr><th>Degree</th><td>Nursing</td><td>Midwifery</td></tr>
            <tr><th>Length</th><td colspan="2">Three years</td></tr>
          </tbody>
        </table>
      </role-compare>`);
      expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Nurse vs Midwife');
      expect(texts(el, 'thead th')).to.deep.equal(['Nurse', 'Midwife']);
      expect(texts(el, 'tbody th')).to.deep.equal(['Degree', 'Length']);
      expect(shadow(el).querySelector('td[colspan="2"]')).to.exist;
      expect(el.querySelector('table')).to.exist;
      expect(log.errors).to.deep.equal([]);
    });

    it('lets every visible string be replaced', async () => {
      const el = await fixture<RoleCompare>(
        html`<role-compare background="Software engineering" .strings=${{ pathsHeading: 'Ton parcours ?', recommended: 'Conseillé', source: 'Origine' }}></role-compare>`,
      );
      expect(textOf(shadow(el).querySelector('.legend'))).to.equal('Ton parcours ?');
      expect(textOf(shadow(el).querySelector('.badge'))).to.equal('Conseillé');
      expect(textOf(shadow(el).querySelector('[part=source]'))).to.match(/^Origine:/);
    });
  });

  describe('bad input', () => {
    it('reports too few roles once, shows a polite message and throws nothing', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare .data=${{ roles: ['Only one'], sections: [] }}></role-compare>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[part=message]'))).to.equal('There is nothing to show here yet.');
      const roleErrors = log.errors.filter((e) => e.includes('roles must name 2 or 3 roles; got 1'));
      expect(roleErrors).to.have.length(1);
      expect(roleErrors[0]).to.contain('<role-compare>').and.contain('the data property');
      await expect(el).to.be.accessible();
    });

    it('names wrong types by field and shows what it can', async () => {
      const data = {
        roles: ['A', 'B'],
        sections: [
          { title: 'Good', rows: [{ values: ['a', 42] }, { values: ['x', 'y', 'z'] }, { label: 'ok', values: ['1', '2'] }] },
          { title: 'Bad', rows: 'nope' },
        ],
        paths: [{ background: 'Law', role: 'C' }],
        source: { title: 'S', url: 'javascript:alert(1)' },
      };
      const el = await fixture<RoleCompare>(html`<role-compare .data=${data}></role-compare>`);
      const joined = log.errors.join('\n');
      expect(joined).to.contain('sections[0].rows[0].values[1] must be text; got a number');
      expect(joined).to.contain('sections[0].rows[1].values must hold one text per role (2)');
      expect(joined).to.contain('sections[1].rows must be a list; got a string');
      expect(joined).to.contain('paths[0].role must be one of the roles (A, B); got "C"');
      expect(joined).to.contain('source.url must be an http(s) URL');
      expect(texts(el, 'caption')).to.deep.equal(['Good']);
      expect(texts(el, 'tbody th')).to.deep.equal(['ok']);
      expect(shadow(el).querySelector('a')).to.be.null;
    });

    it('renders HTML in content as text, never as elements', async () => {
      const attack = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<RoleCompare>(
        html`<role-compare .data=${{ heading: attack, roles: [attack, 'B'], sections: [{ title: attack, rows: [{ label: attack, values: [attack, attack] }] }] }}></role-compare>`,
      );
      expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal(attack);
      expect(shadow(el).querySelector('img')).to.be.null;
      expect(document.querySelector('img')).to.be.null;
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('reports invalid JSON in the script and shows the polite message', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare><script type="application/json">{ roles: </script></role-compare>`);
      expect(log.errors.some((e) => e.includes('the JSON script is not valid JSON'))).to.be.true;
      expect(shadow(el).querySelector('[part=message]')).to.exist;
    });

    it('reports a non-object and a missing roles field', async () => {
      await fixture(html`<role-compare .data=${'compare'}></role-compare>`);
      await fixture(html`<role-compare .data=${{ sections: [] }}></role-compare>`);
      expect(log.errors.some((e) => e.includes('the content must be an object; got a string'))).to.be.true;
      expect(log.errors.some((e) => e.includes('roles is missing; expected a list'))).to.be.true;
    });
  });

  describe('which path suits you', () => {
    for (const width of ['', '300px'])
    it(`is keyboard operable${width ? ' in a narrow (stacked) container' : ''}: arrows pick a background, the role is highlighted, announced and an event fires`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width || 'auto'}"><role-compare sections="paths core"></role-compare></div>`);
      const el = wrap.querySelector('role-compare')!;
      await el.updateComplete;
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios.map((r) => textOf(r.parentElement))).to.deep.equal([
        'Software engineering',
        'Mathematics, statistics, or quantitative research',
        'Analytics or BI',
      ]);
      const result = shadow(el).querySelector('[part=result]')!;
      expect(result.getAttribute('role')).to.equal('status');
      radios[0].focus();
      let picked = oneEvent(el, PATH_SELECT_EVENT);
      await sendKeys({ press: ' ' });
      expect((await picked).detail).to.deep.equal({ background: 'Software engineering', role: 'ML Engineer', roleIndex: 1 });
      await el.updateComplete;
      expect(textOf(result)).to.contain('Recommended: ML Engineer.');
      picked = oneEvent(el, PATH_SELECT_EVENT);
      await sendKeys({ press: 'ArrowDown' });
      expect((await picked).detail.role).to.equal('Data Scientist');
      await el.updateComplete;
      expect(el.background).to.equal('Mathematics, statistics, or quantitative research');
      expect(textOf(result)).to.contain('Data science is the more natural fit.');
      // The recommended role's cells are marked in either layout.
      expect([...shadow(el).querySelectorAll<HTMLElement>('tbody td[part~=highlight]')].map((td) => td.dataset.role)).to.deep.equal(['Data Scientist', 'Data Scientist']);
      expect(getComputedStyle(shadow(el).querySelector('tbody td')!).display).to.equal(width ? 'block' : 'table-cell');
      await expect(el).to.be.accessible();
    });

    it('highlights the recommended role in every table, with a text badge', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare background="Software engineering"></role-compare>`);
      const highlighted = shadow(el).querySelectorAll('thead th[part~=highlight]');
      expect(highlighted.length).to.equal(shadow(el).querySelectorAll('table').length);
      for (const th of highlighted) expect(textOf(th)).to.equal('ML Engineer Recommended');
      await expect(el).to.be.accessible();
    });

    it('reaches the picker with Tab and shows visible focus', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare sections="paths"></role-compare>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement as HTMLInputElement;
      expect(focused?.type).to.equal('radio');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      before.remove();
    });
  });

  describe('layout and theme', () => {
    it('prints the tables without the picker, rows kept whole', async () => {
      const el = await fixture<RoleCompare>(html`<role-compare background="Analytics or BI"></role-compare>`);
      if (await emulate({ media: 'print' })) {
        try {
          expect(getComputedStyle(shadow(el).querySelector('[part=picker]')!).display).to.equal('none');
          expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).breakInside).to.equal('avoid');
          expect(getComputedStyle(shadow(el).querySelector('table')!).display).to.equal('table');
        } finally {
          await emulate({ media: 'screen' });
        }
      } else expect(mediaRules(el, 'print')).to.equal('[part="picker"] { display: none; }\ntr { break-inside: avoid; }');
    });

    it('marks the recommended role with a border in forced colours, where backgrounds are dropped', async () => {
      // No launcher here emulates forced-colors (Chromium's CDP call resolves, but the media query stays false), so
      // the test checks the rule: as specific as the highlight's own and later, so it wins there.
      const el = await fixture<RoleCompare>(html`<role-compare background="Analytics or BI"></role-compare>`);
      expect(shadow(el).querySelectorAll('tbody td[part~=highlight]').length).to.be.greaterThan(0);
      expect(mediaRules(el, 'forced-colors')).to.match(/\[part~="?highlight"?\], \.result:not\(:empty\) \{ border: 2px solid highlight; \}$/i);
    });

    it('stacks rows in a narrow container, keeping table semantics', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 300px"><role-compare></role-compare></div>`);
      const el = wrap.querySelector('role-compare')!;
      await el.updateComplete;
      const td = shadow(el).querySelector<HTMLElement>('tbody td')!;
      expect(getComputedStyle(td).display).to.equal('block');
      // Each value under its role's name (generated from data-role, with empty alternative text for screen readers,
      // which have the column header).
      expect(td.dataset.role).to.equal('Data Scientist');
      const label = getComputedStyle(td, '::before');
      expect([label.display, label.fontWeight]).to.deep.equal(['block', '700']);
      expect(label.content).to.match(/^attr\(data-role\) \/ ""$|^"Data Scientist" \/ ""$/);
      expect(shadow(el).querySelector('tr')!.getAttribute('role')).to.equal('row');
      expect(el.getBoundingClientRect().width).to.equal(300);
      const right = el.getBoundingClientRect().right;
      for (const cell of shadow(el).querySelectorAll('tbody td, tbody th')) expect(cell.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      // Every stacked row spans the container, so its rule runs edge to edge.
      for (const row of shadow(el).querySelectorAll('tbody tr')) expect(row.getBoundingClientRect().width).to.be.closeTo(300, 1);
      await expect(el).to.be.accessible();
    });

    it('keeps the table layout in a wide container', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 760px"><role-compare></role-compare></div>`);
      const el = wrap.querySelector('role-compare')!;
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('tbody td')!).display).to.equal('table-cell');
      expect(getComputedStyle(shadow(el).querySelector('tbody td')!, '::before').content).to.equal('none');
    });

    for (const theme of ['light', 'dark'] as const)
      it(`is accessible with theme="${theme}" in both layouts`, async () => {
        for (const width of [300, 760]) {
          const wrap = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px"><role-compare theme=${theme} background="Analytics or BI"></role-compare></div>`,
          );
          const el = wrap.querySelector('role-compare')!;
          await el.updateComplete;
          const bg = getComputedStyle(el).backgroundColor;
          expect(bg).to.equal(theme === 'dark' ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)');
          await expect(el).to.be.accessible();
        }
      });

    it('is not changed by hostile host CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `html { font-size: 62.5% } * { display: inline; text-align: right; letter-spacing: 4px; text-transform: uppercase; line-height: 0 } table, th, td { border: 5px solid red; color: red }`;
      document.head.append(style);
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div style="font: 20px Georgia, serif; display: block"><role-compare></role-compare></div>`);
        const el = wrap.querySelector('role-compare')!;
        await el.updateComplete;
        expect(getComputedStyle(el).display).to.equal('block');
        const th = shadow(el).querySelector('thead th')!;
        const cs = getComputedStyle(th);
        expect(cs.textAlign).to.equal('start');
        expect(cs.letterSpacing).to.equal('normal');
        expect(cs.textTransform).to.equal('none');
        expect(cs.borderTopWidth).to.equal('0px');
        expect(cs.fontFamily).to.contain('Georgia');
        expect(getComputedStyle(shadow(el).querySelector('caption')!).fontSize).to.equal('22.5px');
      } finally {
        style.remove();
      }
    });
  });

  describe('registration', () => {
    it('can be defined again, and under another tag, without throwing', async () => {
      expect(() => RoleCompare.define()).not.to.throw();
      expect(() => RoleCompare.define('my-compare')).not.to.throw();
      expect(() => RoleCompare.define('my-compare')).not.to.throw();
      const el = await fixture<RoleCompare>(html`<my-compare></my-compare>`);
      expect(el).to.be.instanceOf(RoleCompare);
      expect(textOf(shadow(el).querySelector('[part=heading]'))).to.equal('Data Scientist vs ML Engineer');
      expect(log.warnings).to.deep.equal([]);
    });

    it('warns once when another version holds the tag', () => {
      class Other extends RoleCompare {
        static override readonly version = '0.0.0-other';
      }
      customElements.define('rc-clash', class extends HTMLElement {});
      Other.define('rc-clash');
      Other.define('rc-clash');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<rc-clash>').and.contain('0.0.0-other');
    });
  });
});
