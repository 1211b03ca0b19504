import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { CkElement, baseStyles, headingLevel, renderSource, sourceSchema, squash, slug, type Report, type StatusStrings } from '@careerkit/core';
import { styles } from './role-compare.styles.js';
import { defaultContent } from './role-compare.content.js';
import { PATH_SELECT_EVENT, type PathSelectDetail, type RoleCompareData, type RoleComparePath, type RoleCompareStrings } from './role-compare.types.js';

const defaultStrings: RoleCompareStrings = {
  pathsHeading: 'Which path suits your background?',
  recommended: 'Recommended',
  source: 'Source',
};


/** An authored element's text with its whitespace collapsed, or undefined when there is none. */
const read = (el?: Element | null) => squash(el?.textContent) || undefined;

const isHeader = (cell?: Element) => cell?.localName === 'th';

// An empty cell before the column headers, or before the values of a row without a label.
const corner = html`<td role="cell" class="corner"></td>`;

/**
 * A side-by-side comparison of two or three roles, in sections: each section
 * a real table with a caption, one column per role and row headers. In a
 * container narrower than about 480px each row stacks as its label with every
 * role's value under it. A reader can pick their background and see which
 * role suits it.
 *
 * With no content given it shows "Data Scientist vs ML Engineer" from the
 * Careerkit seed article. Authored `<table>` elements inside the tag are read
 * as content and are the no-JavaScript fallback.
 *
 * @tag role-compare
 * @summary Compare two or three roles side by side.
 *
 * @fires {CustomEvent<PathSelectDetail>} ck-path-select - The reader picked a background; `detail` names it and the recommended role.
 * @fires {CustomEvent<LoadDetail>} ck-load - Content from `src` has loaded.
 * @fires {CustomEvent<ErrorDetail>} ck-error - Content from `src` could not be loaded.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The comparison's heading.
 * @csspart intro - The paragraph under the heading.
 * @csspart section - One section (intro, table and note).
 * @csspart table - A section's table.
 * @csspart caption - A table's caption.
 * @csspart column-header - A role's column header.
 * @csspart row-header - A row's label.
 * @csspart cell - A value cell.
 * @csspart highlight - The cells and header of the recommended role.
 * @csspart note - A paragraph after a table.
 * @csspart picker - The background picker (a radio group).
 * @csspart result - The recommendation for the picked background (a polite live region).
 * @csspart source - The source line.
 * @csspart status - The loading message.
 * @csspart message - The error or empty message.
 *
 * @cssprop [--ck-accent=#2f6fdf] - Highlight, focus and selection colour.
 * @cssprop [--ck-accent-text=#fff] - Text on the accent colour.
 * @cssprop [--ck-text=inherit] - Text colour.
 * @cssprop [--ck-bg=transparent] - Background.
 * @cssprop [--ck-surface=color-mix(in srgb, currentColor 6%, transparent)] - Header and tinted backgrounds.
 * @cssprop [--ck-border=color-mix(in srgb, currentColor 28%, transparent)] - Rules between rows.
 * @cssprop [--ck-font=inherit] - Font family.
 * @cssprop [--ck-radius=0.5em] - Corner radius.
 * @cssprop [--ck-space=1em] - Base spacing.
 * @cssprop [--ck-role-compare-highlight=color-mix(in srgb, var(--ck-accent) 14%, transparent)] - Background of the recommended role's cells.
 */
export class RoleCompare extends CkElement<RoleCompareData, RoleCompareStrings> {
  static override tagName = 'role-compare';
  static override styles = [baseStyles, styles];
  static override schema = {
    'heading?': 'text',
    'intro?': 'text',
    roles: ['text'],
    sections: [{ 'id?': 'text', 'title?': 'text', 'intro?': 'text', rows: [{ 'label?': 'text', values: ['text'] }], 'note?': 'text' }],
    'paths?': [{ background: 'text', role: 'text', 'text?': 'text' }],
    'source?': sourceSchema,
  } as const;
  static override defaults = defaultContent;
  static override defaultStrings = defaultStrings;
  static override authored = 'table';
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    sections: {},
    background: {},
  };

  /** Heading shown above the comparison; overrides the content's. */
  declare heading?: string;

  /** Level (2–6) of the heading. */
  headingLevel = 2;

  /** Space-separated ids of the sections to show, in content order (`core day-to-day skills salary paths`). All when absent. */
  declare sections?: string;

  /** The background picked, by name; set it to pre-select one. */
  declare background?: string;

  /** Replacement text for the widget's own strings. */
  declare strings?: Partial<RoleCompareStrings & StatusStrings>;

  /** Reads authored tables: the first row holds the roles; a row that starts with a `<th>` has a label. */
  protected override fromHtml() {
    // The server has no light DOM to read.
    const tables = isServer ? [] : [...this.querySelectorAll('table')];
    let roles: unknown[] | undefined;
    const sections = tables.map((table) => {
      const [head, ...body] = table.rows;
      const labelled = body.some((row) => isHeader(row.cells[0]));
      roles ??= [...(head?.cells ?? [])].slice(labelled ? 1 : 0).map(read);
      return {
        title: read(table.caption),
        rows: body.map((row) => {
          const cells = [...row.cells];
          return { label: isHeader(cells[0]) ? read(cells.shift()) : undefined, values: cells.map(read) };
        }),
      };
    });
    return tables.length ? { heading: read(this.querySelector('h1,h2,h3,h4,h5,h6')), roles, sections } : undefined;
  }

  protected override checkContent(data: RoleCompareData, report: Report): RoleCompareData | undefined {
    const { roles } = data;
    const count = roles.length;
    if (count < 2 || count > 3) {
      report('roles', `must name 2 or 3 roles; got ${count}`);
      if (count < 2) return undefined;
      roles.length = 3;
    }
    // Each filter keeps what is valid and reports the rest (report() returns nothing, so it drops the item).
    data.sections = data.sections.filter((section, i) => {
      section.id ??= slug(section.title ?? `section-${i + 1}`);
      section.rows = section.rows.filter(
        ({ values: { length } }, j) =>
          length === 1 ||
          length === roles.length ||
          report(`sections[${i}].rows[${j}].values`, `must hold one text per role (${roles.length}) or one for all; got ${length}`),
      );
      return section.rows.length;
    });
    data.paths = data.paths?.filter(
      ({ role }, i) => roles.includes(role) || report(`paths[${i}].role`, `must be one of the roles (${roles.join(', ')}); got "${role}"`),
    );
    if (data.sections.length || data.paths?.length) return data;
    report('sections', 'has nothing to show');
  }

  protected renderContent({ roles, sections, paths = [], source, ...content }: RoleCompareData) {
    const strings = this.text;
    const level = headingLevel(this.headingLevel, 2);
    const ids = this.sections?.match(/\S+/g);
    const shown = (id: string) => !ids || ids.includes(id);
    const picked = paths.find((path) => path.background.toLowerCase() === this.background?.trim().toLowerCase());
    const best = picked ? roles.indexOf(picked.role) : -1;
    const part = (name: string, i: number) => (i === best ? `${name} highlight` : name);
    const heading = this.heading ?? content.heading;
    // Each value cell names its role, shown above the value in the stacked layout (data-role, see the styles).
    const cell = (value: string, i: number) => html`<td role="cell" part=${part('cell', i)} data-role=${roles[i]}>${value}</td>`;
    return html`
      ${heading ? html`<div class="heading" role="heading" aria-level=${level} part="heading">${heading}</div>` : nothing}
      ${content.intro ? html`<p part="intro">${content.intro}</p>` : nothing}
      ${sections
        .filter((section) => shown(section.id!))
        .map((section) => {
          const labelled = section.rows.some((row) => row.label);
          const intro = section.intro ? html`<p part="intro">${section.intro}</p>` : undefined;
          return html`<section part="section">
            ${intro && !section.title ? intro : nothing}
            <table part="table" role="table">
              ${section.title
                ? // The intro goes in the caption, after the title, as HTML's own examples of caption do.
                  html`<caption part="caption">${section.title}${intro ?? nothing}</caption>`
                : nothing}
              <thead role="rowgroup">
                <tr role="row">
                  ${labelled ? corner : nothing}
                  ${roles.map(
                    (role, i) =>
                      html`<th role="columnheader" part=${part('column-header', i)}>
                        ${role}${i === best ? html` <span class="badge">${strings.recommended}</span>` : nothing}
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${section.rows.map(({ label, values }) =>
                  label && values[1]
                    ? // The usual row, labelled with a value per role, is one template with its first two cells written
                      // out: a template per cell costs more than the cell (a 1,000-row table renders faster).
                      html`<tr role="row">
                        <th role="rowheader" part="row-header">${label}</th>
                        <td role="cell" part=${part('cell', 0)} data-role=${roles[0]}>${values[0]}</td>
                        <td role="cell" part=${part('cell', 1)} data-role=${roles[1]}>${values[1]}</td>
                        ${values.slice(2).map((value) => cell(value, 2))}
                      </tr>`
                    : html`<tr role="row">
                        ${label ? html`<th role="rowheader" part="row-header">${label}</th>` : labelled ? corner : nothing}
                        ${values.length == 1 ? html`<td role="cell" part="cell" colspan=${roles.length}>${values[0]}</td>` : values.map(cell)}
                      </tr>`,
                )}
              </tbody>
            </table>
            ${section.note ? html`<p part="note">${section.note}</p>` : nothing}
          </section>`;
        })}
      ${paths.length && shown('paths')
        ? // A radio group, not a <fieldset>: a fieldset checks every control in it again on each insertion, so one
          // of thousands of backgrounds takes seconds to build.
          html`<div role="radiogroup" part="picker" aria-labelledby="paths">
              <div id="paths" class="legend">${strings.pathsHeading}</div>
              ${paths.map(
                (path) => html`<label>
                  <input type="radio" name="background" .checked=${path === picked} @change=${() => this.#pick(path)} />
                  <span>${path.background}</span>
                </label>`,
              )}
            </div>
            <div class="result" part="result" role="status">${picked
              ? html`<p><strong>${strings.recommended}: ${picked.role}.</strong> ${picked.text}</p>`
              : nothing}</div>`
        : nothing}
      ${renderSource(source, strings.source, this.resolvedLocale)}
    `;
  }

  #pick({ background, role }: RoleComparePath) {
    this.background = background;
    this.emit<PathSelectDetail>(PATH_SELECT_EVENT, { background, role, roleIndex: this.content!.roles.indexOf(role) });
  }
}
