// What the builder knows of each widget: its class (for its schema, defaults and validation), the attributes a
// person can set, and how its fields are labelled. The content schema itself is the widget's own `static schema`.
import type { Schema } from '@careerkit/core';
import { RoleCompare } from '@careerkit/role-compare/define';
import { SalarySlider } from '@careerkit/salary-slider/define';
import { FaqAccordion } from '@careerkit/faq-accordion/define';
import { NewsletterForm } from '@careerkit/newsletter-form/define';

/** An attribute the builder offers: `text` (a field), `url`, `number`, `bool` (a checkbox) or one of `options`. */
export interface Attribute {
  name: string;
  label: string;
  kind: 'text' | 'url' | 'number' | 'bool' | 'select';
  /** For `select`: each value (null: no attribute) and its label. */
  options?: readonly (readonly [string | null, string])[];
  /** One line of help under the field. */
  help?: string;
}

export interface WidgetInfo {
  tag: Tag;
  title: string;
  npm: string;
  /** The React wrapper's name in @careerkit/react. */
  react: string;
  Class: typeof RoleCompare | typeof SalarySlider | typeof FaqAccordion | typeof NewsletterForm;
  /** The schema the forms are drawn from: the widget's own, with salary bands spelt out (the widget checks them itself). */
  schema: { readonly [key: string]: Schema };
  attributes: Attribute[];
}

export type Tag = 'salary-slider' | 'role-compare' | 'faq-accordion' | 'newsletter-form';

const num = 'number';
// <salary-slider>'s schema only says `bands: [{}]`, since it checks each band itself (so errors name the band);
// the form needs the band's fields. Their rules stay the widget's.
const band = { role: 'text', 'level?': 'text', 'location?': 'text', min: num, max: num, 'median?': num, 'p10?': num, 'p25?': num, 'p75?': num, 'p90?': num } as const;

export const widgets: Record<Tag, WidgetInfo> = {
  'salary-slider': {
    tag: 'salary-slider',
    title: 'Salary slider',
    npm: '@careerkit/salary-slider',
    react: 'SalarySlider',
    Class: SalarySlider,
    schema: { ...SalarySlider.schema, bands: [band] },
    attributes: [
      { name: 'value', label: "Reader's starting figure", kind: 'number', help: 'Default: the middle of the scale.' },
      { name: 'level', label: 'Level shown first', kind: 'text' },
      { name: 'location', label: 'Location shown first', kind: 'text' },
    ],
  },
  'role-compare': {
    tag: 'role-compare',
    title: 'Role comparison',
    npm: '@careerkit/role-compare',
    react: 'RoleCompare',
    Class: RoleCompare,
    schema: RoleCompare.schema,
    attributes: [
      { name: 'heading-level', label: 'Heading level (2–6)', kind: 'number', help: 'Default 2.' },
      { name: 'sections', label: 'Sections to show (ids, space-separated)', kind: 'text', help: 'Default: all of them.' },
      { name: 'background', label: 'Background picked at first', kind: 'text' },
    ],
  },
  'faq-accordion': {
    tag: 'faq-accordion',
    title: 'FAQ',
    npm: '@careerkit/faq-accordion',
    react: 'FaqAccordion',
    Class: FaqAccordion,
    schema: FaqAccordion.schema,
    attributes: [
      { name: 'single', label: 'Keep at most one question open', kind: 'bool' },
      { name: 'toggle-all', label: 'Show "Expand all" and "Collapse all"', kind: 'bool' },
      { name: 'searchable', label: 'Show a filter box', kind: 'bool' },
      { name: 'structured-data', label: 'Add schema.org FAQPage data for search engines', kind: 'bool' },
      { name: 'sync-hash', label: 'Put the open question in the address (URL hash)', kind: 'bool' },
      { name: 'print-as-shown', label: 'Print only the open answers', kind: 'bool' },
      { name: 'heading-level', label: 'Question heading level (2–6)', kind: 'number', help: 'Default 3.' },
    ],
  },
  'newsletter-form': {
    tag: 'newsletter-form',
    title: 'Newsletter signup',
    npm: '@careerkit/newsletter-form',
    react: 'NewsletterForm',
    Class: NewsletterForm,
    schema: NewsletterForm.schema,
    attributes: [
      {
        name: 'provider',
        label: 'Provider',
        kind: 'select',
        options: [[null, 'Your own endpoint, JSON'], ['form', 'Your own endpoint, form post'], ['mailchimp', 'Mailchimp'], ['kit', 'Kit'], ['buttondown', 'Buttondown']],
      },
      { name: 'action', label: 'Signup address (form action)', kind: 'url' },
      {
        name: 'consent',
        label: 'Consent',
        kind: 'select',
        options: [[null, 'A line under the field, no checkbox'], ['', 'A checkbox, optional'], ['required', 'A checkbox, required to sign up']],
      },
      { name: 'privacy-url', label: 'Privacy policy address', kind: 'url' },
      { name: 'confirm', label: 'Subscribers confirm by email (double opt-in)', kind: 'bool' },
      { name: 'redirect', label: 'Go to this address after a signup', kind: 'url' },
    ],
  },
};

/** What each newsletter provider needs, in words. */
export const providerHelp: Record<string, string> = {
  '': 'Posts JSON { "email": … } to your own endpoint.',
  form: 'Posts the form (url-encoded, field "email") to your endpoint, as a plain HTML form would.',
  kit: 'Kit (ConvertKit): use your form\'s action, https://app.kit.com/forms/<id>/subscriptions.',
  buttondown: 'Buttondown: use https://buttondown.com/api/emails/embed-subscribe/<your username>.',
  mailchimp: "Mailchimp: paste Mailchimp's embed code below and the action is taken from it.",
};

/** Field labels, by key. */
export const labels: Record<string, string> = {
  heading: 'Heading',
  intro: 'Introduction',
  roles: 'Roles',
  sections: 'Sections',
  id: 'Id',
  title: 'Title',
  rows: 'Rows',
  label: 'Row label',
  values: 'Values',
  note: 'Note',
  paths: 'Which path suits you: backgrounds',
  background: 'Background',
  role: 'Role',
  text: 'Why',
  source: 'Source',
  author: 'Author',
  date: 'Date (YYYY-MM-DD)',
  url: 'Link',
  items: 'Questions',
  question: 'Question',
  answer: 'Answer',
  bands: 'Bands',
  level: 'Level',
  location: 'Location',
  min: 'Minimum',
  max: 'Maximum',
  median: 'Median',
  p10: '10th percentile',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: '90th percentile',
  currency: 'Currency (ISO 4217 code: GBP, EUR, USD…)',
  period: 'Period',
  consent: 'Consent line',
  privacy: 'Words of the consent line linked to the privacy policy',
};

/** The name of one item of a list, by the list's key: "Band 2". */
export const itemNames: Record<string, string> = {
  roles: 'Role',
  sections: 'Section',
  rows: 'Row',
  values: 'Value',
  paths: 'Background',
  items: 'Question',
  bands: 'Band',
};

/** Keys whose text is long: a text area, not a one-line field. */
export const long = new Set(['intro', 'note', 'text', 'answer', 'consent']);
