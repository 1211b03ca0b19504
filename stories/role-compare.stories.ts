import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/role-compare/define';
import type { RoleCompare, RoleCompareData } from '@careerkit/role-compare';

interface Args {
  heading?: string;
  'heading-level'?: number;
  sections?: string;
  background?: string;
  src?: string;
  theme?: RoleCompare['theme'];
  locale?: string;
  data?: RoleCompareData;
  strings?: RoleCompare['strings'];
  width: number;
}

/** Example data for stories: not from the seed article. */
const threeRoles: RoleCompareData = {
  heading: 'Analyst, Scientist or Engineer? (example data)',
  roles: ['Data Analyst', 'Data Scientist', 'ML Engineer'],
  sections: [
    {
      title: 'Typical work (example data)',
      rows: [
        { label: 'Main output', values: ['Dashboards', 'Models and reports', 'Production systems'] },
        { label: 'Shared', values: ['SQL and Python'] },
      ],
    },
  ],
  paths: [{ background: 'Business intelligence', role: 'Data Analyst', text: 'Example text for the story.' }],
};

const meta: Meta<Args> = {
  title: 'Widgets/role-compare',
  component: 'role-compare',
  args: { width: 760 },
  argTypes: {
    width: { control: { type: 'range', min: 260, max: 1100, step: 10 }, description: 'Width of the container (story only)' },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}px">
      <role-compare
        heading=${ifDefined(args.heading)}
        heading-level=${ifDefined(args['heading-level'])}
        sections=${ifDefined(args.sections)}
        background=${ifDefined(args.background)}
        src=${ifDefined(args.src)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        .data=${args.data}
        .strings=${args.strings}
      ></role-compare>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed article's comparison, with no configuration. */
export const Default: Story = {};

/** Pre-selects a background: the recommended role is highlighted in every table. */
export const WithBackground: Story = { args: { background: 'Software engineering' } };

/** Only some sections, chosen by id. */
export const SalaryOnly: Story = { args: { sections: 'salary paths', heading: 'What they earn' } };

/** Three roles through the `data` property. */
export const ThreeRoles: Story = { args: { data: threeRoles } };

/** A 280px sidebar: each row stacks. */
export const Narrow: Story = { args: { width: 280 } };

export const Dark: Story = {
  args: { theme: 'dark', background: 'Analytics or BI' },
};

/** Content from a JSON script inside the tag: no JavaScript needed on the page. */
export const JsonScript: Story = {
  render: () => html`<role-compare>
    <script type="application/json">
      { "roles": ["Designer", "Researcher"], "sections": [{ "title": "Output (example data)", "rows": [{ "values": ["Mock-ups", "Interviews"] }] }] }
    </script>
  </role-compare>`,
};

/** An authored table inside the tag is read as content, and is what shows without JavaScript. */
export const AuthoredTable: Story = {
  render: () => html`<role-compare>
    <table>
      <caption>Salary comparison</caption>
      <thead><tr><td></td><th>Data Scientist</th><th>ML Engineer</th></tr></thead>
      <tbody><tr><th>Mid-level, London</th><td>£55,000–£80,000</td><td>£65,000–£95,000</td></tr></tbody>
    </table>
  </role-compare>`,
};

/** Invalid content: the console names each bad field, the widget shows a polite message. */
export const BadContent: Story = { args: { data: { roles: ['Only one'], sections: [] } as unknown as RoleCompareData } };

/** Content from a URL that fails: the error state. */
export const LoadError: Story = {
  render: () => html`<role-compare src="/does-not-exist.json"></role-compare>`,
};
