import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/salary-slider/define';
import type { SalarySlider, SalarySliderData } from '@careerkit/salary-slider';
import { forLocale } from './locale.js';

interface Args {
  value?: number;
  level?: string;
  location?: string;
  currency?: string;
  period?: 'year' | 'day';
  job?: string;
  min?: string;
  max?: string;
  src?: string;
  theme?: SalarySlider['theme'];
  locale?: string;
  data?: SalarySliderData;
  strings?: SalarySlider['strings'];
  width: number;
}

/** Example data for stories: only the mid-level London figures are from the seed article. */
const levelsAndLocations: SalarySliderData = {
  roles: ['ML Engineer', 'Data Scientist', 'Data Analyst'],
  bands: [
    { role: 'ML Engineer', level: 'Mid-level', location: 'London', min: 65000, max: 95000 },
    { role: 'Data Scientist', level: 'Mid-level', location: 'London', min: 55000, max: 80000 },
    { role: 'Data Analyst', level: 'Mid-level', location: 'London', min: 40000, max: 55000 },
    { role: 'ML Engineer', level: 'Senior', location: 'London', min: 90000, max: 130000, median: 105000 },
    { role: 'Data Scientist', level: 'Senior', location: 'London', min: 75000, max: 110000, median: 90000 },
    { role: 'Data Analyst', level: 'Senior', location: 'London', min: 55000, max: 70000 },
    { role: 'ML Engineer', level: 'Mid-level', location: 'Manchester', min: 50000, max: 75000 },
    { role: 'Data Scientist', level: 'Mid-level', location: 'Manchester', min: 45000, max: 65000 },
    { role: 'Data Analyst', level: 'Mid-level', location: 'Manchester', min: 32000, max: 45000 },
  ],
  note: 'Example data for the story, not real figures.',
};

/** Example data: senior salaries with a median and percentiles (10th, 25th, 75th, 90th), not real figures. */
const withPercentiles: SalarySliderData = {
  note: 'Senior salaries in London with percentiles: example data for the story, not real figures.',
  roles: ['ML Engineer', 'Data Scientist'],
  bands: [
    { role: 'ML Engineer', level: 'Senior', location: 'London', min: 90000, p10: 92000, p25: 95000, median: 105000, p75: 115000, p90: 125000, max: 130000 },
    { role: 'Data Scientist', level: 'Senior', location: 'London', min: 75000, p10: 78000, p25: 82000, median: 90000, p75: 98000, p90: 105000, max: 110000 },
  ],
  source: { title: 'Salary survey (example data)', date: '2026-05-03' },
};

/** Example data: contractors' day rates in euros. */
const dayRates: SalarySliderData = {
  note: 'Contract day rates: example data for the story, not real figures.',
  currency: 'EUR',
  period: 'day',
  roles: ['ML Engineer', 'Data Scientist'],
  bands: [
    { role: 'ML Engineer', min: 600, max: 850 },
    { role: 'Data Scientist', min: 550, max: 750 },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/salary-slider',
  component: 'salary-slider',
  args: { width: 640 },
  argTypes: {
    width: { control: { type: 'range', min: 260, max: 1100, step: 10 }, description: 'Width of the container (story only)' },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}px">
      <salary-slider
        value=${ifDefined(args.value)}
        level=${ifDefined(args.level)}
        location=${ifDefined(args.location)}
        currency=${ifDefined(args.currency)}
        period=${ifDefined(args.period)}
        job=${ifDefined(args.job)}
        min=${ifDefined(args.min)}
        max=${ifDefined(args.max)}
        src=${ifDefined(args.src)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        .data=${args.data}
        .strings=${args.strings}
        @ck-salary-change=${(e: CustomEvent) => console.log('ck-salary-change', e.detail)}
      ></salary-slider>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed article's mid-level London salaries, with no configuration. */
export const Default: Story = {};

/** A starting figure. */
export const WithValue: Story = { args: { value: 72000 } };

/** Several levels and locations: the reader chooses them. */
export const LevelsAndLocations: Story = { args: { data: levelsAndLocations, level: 'Senior' } };

/** A median and percentiles, as text and on each bar (the 25th–75th darker, a tick at the median). */
export const Percentiles: Story = { args: { data: withPercentiles, value: 100000 } };

/** The same in a 280px sidebar: the axis labels turn compact ("£70k"); the text stays in full. */
export const PercentilesNarrow: Story = { args: { data: withPercentiles, value: 100000, width: 280 } };

/** Day rates in euros, formatted for German readers. */
export const DayRates: Story = { args: { data: dayRates, locale: 'de-DE' } };

/** A 280px sidebar: compact axis labels ("£50k"). */
export const Narrow: Story = { args: { width: 280 } };

export const Dark: Story = { args: { theme: 'dark', data: levelsAndLocations } };

/** Brand colours for the roles, through custom properties. */
export const BrandColours: Story = {
  render: () => html`<salary-slider
    style="--ck-salary-slider-role-1: #6b2fa3; --ck-salary-slider-role-2: #0f7b6c; --ck-accent: #6b2fa3"
  ></salary-slider>`,
};

/** One band written with attributes alone: no JSON, no JavaScript. */
export const AttributesOnly: Story = {
  render: () =>
    html`<salary-slider job="Data Scientist (example data)" min="48000" max="62000" level="Mid-level" location="Leeds" value="52000"></salary-slider>`,
};

/** Content from a JSON script inside the tag: no JavaScript needed on the page. */
export const JsonScript: Story = {
  render: () => html`<salary-slider>
    <script type="application/json">
      {
        "note": "Analytics salaries: example data for the story.",
        "currency": "USD",
        "roles": ["Analytics Engineer", "BI Developer"],
        "bands": [
          { "role": "Analytics Engineer", "location": "New York", "min": 110000, "max": 150000 },
          { "role": "BI Developer", "location": "New York", "min": 90000, "max": 125000 }
        ]
      }
    </script>
  </salary-slider>`,
};

/** Bad bands: the console names each band and field; the good band is still shown. */
export const BadData: Story = {
  args: {
    data: {
      roles: ['ML Engineer', 'Data Scientist'],
      bands: [
        { role: 'ML Engineer', min: 95000, max: 65000 },
        { role: 'Astronaut', min: 1, max: 2 },
        { role: 'Data Scientist', min: 55000, max: 80000 },
      ],
    },
  },
};

/** Content from a URL that fails: the error state. */
export const LoadError: Story = {
  render: () => html`<salary-slider src="/does-not-exist.json"></salary-slider>`,
};

/**
 * Example data in each toolbar language, not real figures: the two roles, the city, the currency, each role's
 * band (from, to) and the note.
 */
const inLanguage: Record<string, [string, string, string, string, number, number, number, number, string]> = {
  en: ['Data Scientist', 'ML Engineer', 'London', 'GBP', 55000, 80000, 65000, 95000, 'Example data for the story.'],
  de: ['Data Scientist', 'ML Engineer', 'Berlin', 'EUR', 60000, 75000, 65000, 82000, 'Beispieldaten für die Story.'],
  fr: ['Data scientist', 'Ingénieur ML', 'Paris', 'EUR', 50000, 70000, 55000, 78000, 'Données d’exemple pour la story.'],
  es: ['Científico de datos', 'Ingeniero de ML', 'Madrid', 'EUR', 38000, 55000, 42000, 62000, 'Datos de ejemplo para la historia.'],
  it: ['Data scientist', 'ML engineer', 'Milano', 'EUR', 38000, 55000, 42000, 60000, 'Dati di esempio per la storia.'],
  nl: ['Data scientist', 'ML-engineer', 'Amsterdam', 'EUR', 55000, 75000, 60000, 85000, 'Voorbeeldgegevens voor het verhaal.'],
  pt: ['Cientista de dados', 'Engenheiro de ML', 'Lisboa', 'EUR', 30000, 45000, 33000, 50000, 'Dados de exemplo para a história.'],
  pl: ['Data scientist', 'Inżynier ML', 'Warszawa', 'PLN', 150000, 240000, 170000, 280000, 'Dane przykładowe do historii.'],
  sv: ['Data scientist', 'ML-ingenjör', 'Stockholm', 'SEK', 550000, 750000, 600000, 850000, 'Exempeldata för berättelsen.'],
  ar: ['عالم بيانات', 'مهندس تعلّم آلي', 'دبي', 'AED', 240000, 360000, 264000, 420000, 'بيانات توضيحية للقصة، وليست أرقامًا حقيقية.'],
  he: ['מדען נתונים', 'מהנדס למידת מכונה', 'תל אביב', 'ILS', 360000, 540000, 400000, 600000, 'נתוני דוגמה, לא נתונים אמיתיים.'],
};

/**
 * Authored bands in the toolbar's language and its currency (example data): switch the Locale in the toolbar. The
 * figures, the widget's own words ("Your salary", "a year", where the figure sits) and its direction follow the
 * page's `lang` where Careerkit has a translation; the default content stays en-GB.
 */
export const InAnotherLanguage: Story = {
  name: 'In another language',
  // The content comes from the toolbar's locale: only these controls change the story.
  parameters: { controls: { include: ['width'] } },
  render: (args, { globals }) => {
    const [a, b, location, currency, aMin, aMax, bMin, bMax, note] = forLocale(inLanguage, globals.locale);
    const data: SalarySliderData = {
      currency,
      roles: [a, b],
      bands: [
        { role: a, location, min: aMin, max: aMax },
        { role: b, location, min: bMin, max: bMax },
      ],
      note,
    };
    return html`<div style="max-width: ${args.width}px"><salary-slider .data=${data}></salary-slider></div>`;
  },
};
