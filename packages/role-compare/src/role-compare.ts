import { html, nothing, type PropertyDeclarations } from 'lit';
import { CkElement, baseStyles, check, formatDate, type Report, type Schema } from '@careerkit/core';
import { styles } from './role-compare.styles.js';
import { defaultContent } from './role-compare.content.js';
import {
  PATH_SELECT_EVENT,
  type PathSelectDetail,
  type RoleCompareData,
  type RoleComparePath,
  type RoleCompareSection,
  type RoleCompareStrings,
} from './role-compare.types.js';

const defaultStrings: RoleCompareStrings = {
  pathsHeading: 'Which path suits your background?',
  recommended: 'Recommended',
  source: 'Source',
};

const schema: Schema = {
  'heading?': 'text',
  'intro?': 'text',
  roles: ['text'],
  sections: [{ 'id?': 'text', 'title?': 'text', 'intro?': 'text', rows: [{ 'label?': 'text', values: ['text'] }], 'note?': 'text' }],
  'paths?': [{ background: 'text', role: 'text', 'text?': 'text' }],
  'source?': { title: 'text', 'author?': 'text', 'date?': 'text', 'url?': 'text' },
  'strings?': { 'pathsHeading?': 'text', 'recommended?': 'text', 'source?': 'text' },
};

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

const clean = (el?: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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
 * @csspart picker - The background picker (a fieldset of radio buttons).
 * @csspart result - The recommendation for the picked background (a polite live region).
 * @csspart source - The source line.
 * @csspart status - The loading message.
 * @csspart message - The error or empty message.
 *
 * @cssprop [--ck-accent=#1d5fd1] - Highlight, focus and selection colour.
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
export class RoleCompare extends CkElement<RoleCompareData> {
  static override tagName = 'role-compare';
  static override styles = [baseStyles, styles];
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    sections: {},
    background: {},
    strings: { attribute: false },
  };

  /** Heading shown above the comparison; overrides the content's. */
  declare heading?: string;

  /** Level (2–6) of the heading; section captions are one level below. */
  headingLevel = 2;

  /** Space-separated ids of the sections to show, in content order (`core day-to-day skills salary paths`). All when absent. */
  declare sections?: string;

  /** The background picked, by name; set it to pre-select one. */
  declare background?: string;

  /** Replacement text for the widget's own strings. */
  strings: Partial<RoleCompareStrings> = {};

  protected defaultContent() {
    return defaultContent;
  }

  protected override fromHtml() {
    const tables = [...this.querySelectorAll('table')];
    if (!tables.length) return undefined;
    let roles: string[] | undefined;
    const sections = tables.map((table) => {
      const [head, ...body] = table.tHead ? [table.tHead.rows[0], ...[...table.tBodies].flatMap((b) => [...b.rows])] : [...table.rows];
      const labelled = body.some((row) => row.cells[0]?.localName === 'th');
      roles ??= [...(head?.cells ?? [])].slice(labelled ? 1 : 0).map(clean);
      const rows = body.map((row) => {
        const cells = [...row.cells];
        const label = labelled && cells[0]?.localName === 'th' ? clean(cells.shift()) : undefined;
        return { label: label || undefined, values: cells.map(clean) };
      });
      return { title: clean(table.caption) || undefined, rows };
    });
    return { heading: clean(this.querySelector('h1, h2, h3, h4, h5, h6')) || undefined, roles, sections };
  }

  protected checkContent(raw: unknown, report: Report): RoleCompareData | undefined {
    const data = check<RoleCompareData>(schema, raw, report);
    if (!data) return undefined;
    const { roles } = data;
    if (roles.length < 2 || roles.length > 3) {
      report('roles', `must name 2 or 3 roles; got ${roles.length}`);
      if (roles.length < 2) return undefined;
      roles.length = 3;
    }
    data.sections = data.sections.filter((section, i) => {
      section.id ??= slug(section.title ?? `section-${i + 1}`);
      section.rows = section.rows.filter((row, j) => {
        const ok = row.values.length === 1 || row.values.length === roles.length;
        if (!ok) report(`sections[${i}].rows[${j}].values`, `must hold one text per role (${roles.length}) or one for all; got ${row.values.length}`);
        return ok;
      });
      return section.rows.length > 0;
    });
    data.paths = data.paths?.filter((path, i) => {
      const ok = roles.includes(path.role);
      if (!ok) report(`paths[${i}].role`, `must be one of the roles (${roles.join(', ')}); got "${path.role}"`);
      return ok;
    });
    if (data.source?.url && !/^https?:\/\//i.test(data.source.url)) {
      report('source.url', 'must be an http(s) URL');
      delete data.source.url;
    }
    if (!data.sections.length && !data.paths?.length) {
      report('sections', 'has nothing to show');
      return undefined;
    }
    return data;
  }

  private pick(path: RoleComparePath, roles: string[]) {
    this.background = path.background;
    this.emit<PathSelectDetail>(PATH_SELECT_EVENT, { background: path.background, role: path.role, roleIndex: roles.indexOf(path.role) });
  }

  protected renderContent(content: RoleCompareData) {
    const strings = { ...defaultStrings, ...content.strings, ...this.strings };
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const shown = this.sections?.trim() ? new Set(this.sections.trim().split(/\s+/)) : undefined;
    const paths = content.paths ?? [];
    const picked = paths.find((path) => path.background.toLowerCase() === this.background?.trim().toLowerCase());
    const highlight = picked ? content.roles.indexOf(picked.role) : -1;
    const heading = this.heading ?? content.heading;
    const source = content.source;
    return html`
      ${heading ? html`<div class="heading" role="heading" aria-level=${level} part="heading">${heading}</div>` : nothing}
      ${content.intro ? html`<p part="intro">${content.intro}</p>` : nothing}
      ${content.sections
        .filter((section) => !shown || shown.has(section.id!))
        .map((section) => this.renderSection(section, content.roles, highlight, level + 1, strings))}
      ${paths.length && (!shown || shown.has('paths')) ? this.renderPaths(paths, content.roles, picked, strings) : nothing}
      ${source
        ? html`<p class="source" part="source">
            ${strings.source}: ${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}${source.author
              ? `, ${source.author}`
              : ''}${source.date ? `, ${formatDate(source.date, this.resolvedLocale)}` : ''}
          </p>`
        : nothing}
    `;
  }

  private renderSection(section: RoleCompareSection, roles: string[], highlight: number, level: number, strings: RoleCompareStrings) {
    const labelled = section.rows.some((row) => row.label);
    const part = (name: string, i: number) => (i === highlight ? `${name} highlight` : name);
    return html`<section part="section">
      ${section.intro ? html`<p part="intro">${section.intro}</p>` : nothing}
      <table part="table" role="table">
        ${section.title
          ? html`<caption part="caption"><span role="heading" aria-level=${Math.min(6, level)}>${section.title}</span></caption>`
          : nothing}
        <thead role="rowgroup">
          <tr role="row">
            ${labelled ? html`<td role="cell" class="corner"></td>` : nothing}
            ${roles.map(
              (role, i) =>
                html`<th scope="col" role="columnheader" part=${part('column-header', i)}>
                  ${role}${i === highlight ? html` <span class="badge">${strings.recommended}</span>` : nothing}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${section.rows.map(
            (row) => html`<tr role="row">
              ${labelled
                ? row.label
                  ? html`<th scope="row" role="rowheader" part="row-header">${row.label}</th>`
                  : html`<td role="cell" class="corner"></td>`
                : nothing}
              ${row.values.length === 1
                ? html`<td role="cell" part="cell" colspan=${roles.length}>${row.values[0]}</td>`
                : row.values.map(
                    (value, i) =>
                      html`<td role="cell" part=${part('cell', i)}>
                        <span class="role" aria-hidden="true">${roles[i]}</span>${value}
                      </td>`,
                  )}
            </tr>`,
          )}
        </tbody>
      </table>
      ${section.note ? html`<p part="note">${section.note}</p>` : nothing}
    </section>`;
  }

  private renderPaths(paths: RoleComparePath[], roles: string[], picked: RoleComparePath | undefined, strings: RoleCompareStrings) {
    return html`<fieldset class="picker" part="picker">
        <legend>${strings.pathsHeading}</legend>
        ${paths.map(
          (path) => html`<label class="option">
            <input type="radio" name="background" .checked=${path === picked} @change=${() => this.pick(path, roles)} />
            <span>${path.background}</span>
          </label>`,
        )}
      </fieldset>
      <div class="result" part="result" role="status">
        ${picked ? html`<p><strong>${strings.recommended}: ${picked.role}.</strong> ${picked.text ?? ''}</p>` : nothing}
      </div>`;
  }
}
