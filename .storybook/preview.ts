import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../packages/careerkit/custom-elements.json';

// Docs pages (autodocs) and controls come from the merged custom-elements.json,
// which holds only the public API.
setCustomElementsManifest(manifest);

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  static?: boolean;
}
type Declaration = Partial<Record<'members' | 'attributes' | 'events' | 'slots' | 'cssParts' | 'cssProperties', Item[]>> & { tagName?: string };
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []) as Declaration[]);

/** A control for what a user can set from a type's text; none for anything else. */
const control = (text = '') => {
  const type = text.replace(/ \| undefined$/, '');
  const literals = /^'[^']*'( \| '[^']*')*$/.test(type) ? type.split(' | ').map((s) => s.slice(1, -1)) : undefined;
  if (literals) return { control: { type: 'inline-radio' as const }, options: [undefined, ...literals] };
  if (type === 'boolean' || type === 'number') return { control: { type } };
  if (type === 'string') return { control: { type: 'text' as const } };
  // The content (`RoleCompareData`) and the strings (`Partial<…>`).
  if (/Data$|^Partial</.test(type)) return { control: { type: 'object' as const } };
  return { control: false as const };
};

/**
 * The argTypes of a widget, one per attribute, property without an attribute,
 * method, event, slot, part and CSS property. Storybook's own reading of the
 * manifest keys them all by name, so a part named `heading` hides the
 * attribute `heading`, and it gives events, parts and CSS properties controls
 * that do nothing. Only attributes and properties get controls here.
 */
const extractArgTypes = (tag: string) => {
  const decl = declarations.find((d) => d.tagName === tag);
  if (!decl) return null;
  const row = (category: string, item: Item, extra: object = { control: false }) => ({
    name: item.name || '(default)',
    description: item.description,
    table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
    ...extra,
  });
  const attributes = decl.attributes ?? [];
  const members = (decl.members ?? []).filter((m) => !m.static);
  return Object.fromEntries([
    ...attributes.map((a) => [
      a.name,
      row('attributes', { ...a, description: a.fieldName && a.fieldName !== a.name ? `${a.description ?? ''}\n\nProperty: \`${a.fieldName}\`.` : a.description }, control(a.type?.text)),
    ]),
    ...members
      .filter((m) => m.kind === 'field' && !m.attribute)
      .map((m) => [m.name, row('properties', m, m.readonly ? { control: false } : control(m.type?.text))]),
    ...members.filter((m) => m.kind === 'method').map((m) => [`method:${m.name}`, row('methods', m)]),
    ...(decl.events ?? []).map((e) => [`event:${e.name}`, row('events', e)]),
    ...(decl.slots ?? []).map((s) => [`slot:${s.name}`, row('slots', s)]),
    ...(decl.cssParts ?? []).map((p) => [`part:${p.name}`, row('css shadow parts', p)]),
    ...(decl.cssProperties ?? []).map((p) => [p.name, row('css custom properties', p)]),
  ]);
};

/** The toolbar's languages: the page's `lang` around each story. */
const locales = {
  'en-GB': 'English (UK)',
  'de-DE': 'Deutsch',
  'fr-FR': 'Français',
  'es-ES': 'Español',
  'it-IT': 'Italiano',
  'nl-NL': 'Nederlands',
  'pt-PT': 'Português',
  'pl-PL': 'Polski',
  'sv-SE': 'Svenska',
  ar: 'العربية',
  he: 'עברית',
};
const rtl = (locale: string) => /^(ar|he)\b/.test(locale);

const preview: Preview = {
  // A docs page for every widget: description, attributes, properties, methods, events, slots, parts, CSS properties.
  tags: ['autodocs'],
  parameters: { controls: { expanded: true }, docs: { extractArgTypes } },
  // The host page's language and direction. The default content stays en-GB whatever the page says; authored
  // content (the "In another language" stories) follows the page.
  globalTypes: {
    locale: {
      description: "The page's lang: authored content follows it, the default content stays en-GB",
      toolbar: { title: 'Locale', icon: 'globe', dynamicTitle: true, items: Object.entries(locales).map(([value, title]) => ({ value, title, right: value })) },
    },
    direction: {
      description: "The page's dir (each widget marks its own root from its language)",
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Direction from the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en-GB', direction: 'auto' },
  decorators: [
    (story, { globals }) => {
      const locale = (globals.locale as string) ?? 'en-GB';
      const dir = globals.direction == 'ltr' || globals.direction == 'rtl' ? globals.direction : rtl(locale) ? 'rtl' : 'ltr';
      // Keyed: a new wrapper and widget for each language, as on a page written in it (a widget reads the nearest lang when its content changes).
      return html`${keyed(`${locale} ${dir}`, html`<div lang=${locale} dir=${dir}>${story()}</div>`)}`;
    },
  ],
};
export default preview;
