import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/faq-accordion/define';
import type { FaqAccordionData } from '@careerkit/faq-accordion';

interface Args {
  'heading-level'?: number;
  single?: boolean;
  'toggle-all'?: boolean;
  'sync-hash'?: boolean;
  'print-as-shown'?: boolean;
  theme?: 'light' | 'dark';
  locale?: string;
  data?: FaqAccordionData;
  width: number;
}

/** Example data for stories: not from the seed article. */
const example: FaqAccordionData = {
  items: [
    { question: 'Do I need a degree?', answer: 'Example answer for the story.\n\nA blank line starts a new paragraph.' },
    { id: 'portfolio', question: 'Should I build a portfolio?', answer: 'Example answer for the story.' },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/faq-accordion',
  component: 'faq-accordion',
  args: { width: 680 },
  argTypes: {
    width: { control: { type: 'range', min: 260, max: 1100, step: 10 }, description: 'Width of the container (story only)' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}px">
      <faq-accordion
        heading-level=${ifDefined(args['heading-level'])}
        ?single=${args.single}
        ?toggle-all=${args['toggle-all']}
        ?sync-hash=${args['sync-hash']}
        ?print-as-shown=${args['print-as-shown']}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        .data=${args.data}
      ></faq-accordion>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed article's four questions, with no configuration. */
export const Default: Story = {};

/** One question open at a time. */
export const Single: Story = { args: { single: true } };

/** "Expand all" and "Collapse all" buttons. */
export const ToggleAll: Story = { args: { 'toggle-all': true } };

/** Opening a question writes its id into the URL hash, so the link can be shared. */
export const SyncHash: Story = { args: { 'sync-hash': true } };

/** Questions as level-4 headings, for an FAQ under a level-3 heading. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };

/** Content through the `data` property; plain-text answers, paragraphs split on blank lines. */
export const WithData: Story = { args: { data: example } };

/** A 280px sidebar. */
export const Narrow: Story = { args: { width: 280 } };

export const Dark: Story = { args: { theme: 'dark', 'toggle-all': true } };

/**
 * Authored `<details>` inside the tag are read as content (links and lists kept), and are what shows without JavaScript.
 * Other children, such as this heading, stay in view above the questions.
 */
export const AuthoredDetails: Story = {
  render: () => html`<faq-accordion>
    <h2>Frequently Asked Questions</h2>
    <details>
      <summary>Which role pays more?</summary>
      <p>ML engineers typically earn slightly more at senior levels. The gap is modest at junior/mid-level.</p>
    </details>
    <details id="read-more">
      <summary>Where can I read more? (example data)</summary>
      <p>See <a href="https://example.com/">an example link</a>:</p>
      <ul>
        <li>Example item one</li>
        <li>Example item two</li>
      </ul>
    </details>
  </faq-accordion>`,
};

/** Content from a JSON script inside the tag: no JavaScript needed on the page. */
export const JsonScript: Story = {
  render: () => html`<faq-accordion>
    <script type="application/json">
      { "items": [{ "question": "Is this from JSON? (example data)", "answer": "Yes.\\n\\nAnd this is a second paragraph." }] }
    </script>
  </faq-accordion>`,
};

/** Invalid content: the console names each bad field, the widget shows a polite message. */
export const BadContent: Story = { args: { data: { items: [] } as FaqAccordionData } };

/** Content from a URL that fails: the error state. */
export const LoadError: Story = {
  render: () => html`<faq-accordion src="/does-not-exist.json"></faq-accordion>`,
};
