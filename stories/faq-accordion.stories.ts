import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/faq-accordion/define';
import type { FaqAccordion, FaqAccordionData } from '@careerkit/faq-accordion';

interface Args {
  'heading-level'?: number;
  single?: boolean;
  'toggle-all'?: boolean;
  'sync-hash'?: boolean;
  'print-as-shown'?: boolean;
  searchable?: boolean;
  'structured-data'?: boolean;
  src?: string;
  theme?: FaqAccordion['theme'];
  locale?: string;
  data?: FaqAccordionData;
  strings?: FaqAccordion['strings'];
  width: number;
}

/** Example data for stories: not from the seed article. */
const example: FaqAccordionData = {
  items: [
    { question: 'Do I need a degree?', answer: 'Example answer for the story.\n\nA blank line starts a new paragraph.' },
    { id: 'portfolio', question: 'Should I build a portfolio?', answer: 'Example answer for the story.' },
  ],
};

/**
 * A longer FAQ for the filter and structured-data story. Example data: written
 * for this story about the widget itself, not from the seed article.
 */
const longExample: FaqAccordionData = {
  items: [
    {
      question: 'Is this FAQ example data?',
      answer: 'Yes. Every question and answer in this story is example data, written to show the filter; none of it comes from the seed article.',
    },
    { question: 'How do I filter the questions?', answer: 'Type in the box above the questions. Matching ignores case and accents.' },
    { question: 'Does the filter look at the answers too?', answer: 'Yes: a question stays in view when its answer matches.' },
    { question: 'What does a screen reader hear?', answer: 'A polite message with the number of questions that match, such as "2 questions match".' },
    { question: 'Does "resume" find "résumé"?', answer: 'Yes: accents are ignored on both sides.' },
    {
      question: 'Where does the structured data go?',
      answer: 'Into one JSON-LD script (type application/ld+json) inside the element, holding every question and answer as text. Inspect the element to see it.',
    },
    { question: 'Does the structured data change with the filter?', answer: "No. It always holds every question: the filter is the reader's view, not the content." },
    { question: 'Can I link to a question?', answer: 'Yes: each question has an id, and a URL hash naming it opens it, even when the filter hides it.' },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/faq-accordion',
  component: 'faq-accordion',
  args: { width: 680 },
  argTypes: {
    width: { control: { type: 'range', min: 260, max: 1100, step: 10 }, description: 'Width of the container (story only)' },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}px">
      <faq-accordion
        heading-level=${ifDefined(args['heading-level'])}
        ?single=${args.single}
        ?toggle-all=${args['toggle-all']}
        ?sync-hash=${args['sync-hash']}
        ?print-as-shown=${args['print-as-shown']}
        ?searchable=${args.searchable}
        ?structured-data=${args['structured-data']}
        src=${ifDefined(args.src)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        .data=${args.data}
        .strings=${args.strings}
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

/**
 * A longer FAQ (example data) with a filter box that narrows the questions as the reader types and announces how many
 * match, and a schema.org FAQPage `<script type="application/ld+json">` in the light DOM that always holds every question.
 */
export const SearchableWithStructuredData: Story = {
  args: { searchable: true, 'structured-data': true, 'toggle-all': true, data: longExample },
};

/** A 280px sidebar. */
export const Narrow: Story = { args: { width: 280 } };

export const Dark: Story = { args: { theme: 'dark', 'toggle-all': true } };

/**
 * Authored `<details>` inside the tag are read as content (links and lists kept), and are what shows without JavaScript.
 * A `<details open>` starts open. Other children keep their place: this heading shows above the questions, the closing note below them.
 */
export const AuthoredDetails: Story = {
  render: () => html`<faq-accordion>
    <h2>Frequently Asked Questions</h2>
    <details>
      <summary>Which role pays more?</summary>
      <p>ML engineers typically earn slightly more at senior levels. The gap is modest at junior/mid-level.</p>
    </details>
    <details id="read-more" open>
      <summary>Where can I read more? (example data)</summary>
      <p>See <a href="https://example.com/">an example link</a>:</p>
      <ul>
        <li>Example item one</li>
        <li>Example item two</li>
      </ul>
    </details>
    <p>Still have questions? Write to us. (example data)</p>
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
