import { html, nothing } from 'lit/html.js';
import { formatDate, isWebUrl } from './format.js';

/** Where a widget's content comes from, shown under it as "Source: title, author, date". */
export interface Source {
  title: string;
  author?: string;
  /** An ISO date (`2026-05-03`), shown in the widget's language; other text is shown as is. */
  date?: string;
  /** A link to the source: an http(s) URL, absolute or relative to the page. */
  url?: string;
}

/** The `source` field of a content schema. */
export const sourceSchema = { title: 'text', 'author?': 'text', 'date?': 'text', 'url?': 'url' } as const;

/** Renders the source line (`part="source"`), or nothing. A URL other than http(s) (`javascript:`) is never linked. */
export const renderSource = (source: Source | undefined, label: string, locale: string) =>
  source
    ? html`<p part="source">${label}: ${isWebUrl(source.url) ? html`<a href=${source.url}>${source.title}</a>` : source.title}${source.author
        ? `, ${source.author}`
        : ''}${source.date ? `, ${formatDate(source.date, locale)}` : ''}</p>`
    : nothing;
