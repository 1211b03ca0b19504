import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/role-compare/define';
import type { RoleCompare, RoleCompareData } from '@careerkit/role-compare';
import { forLocale } from './locale.js';

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

/**
 * Example data in each toolbar language: heading, the two roles, the section's title, two rows (label, one value per
 * role), the background that suits the second role, and the source's title.
 */
const inLanguage: Record<string, string[]> = {
  en: ['Data Scientist or ML Engineer? (example data)', 'Data Scientist', 'ML Engineer', 'Day to day', 'Main focus', 'Answering questions with data', 'Running models in production', 'Main tools', 'Notebooks and SQL', 'Pipelines and the cloud', 'Software engineering', 'Example data for the story'],
  de: ['Data Scientist oder ML Engineer? (Beispieldaten)', 'Data Scientist', 'ML Engineer', 'Arbeitsalltag', 'Schwerpunkt', 'Fragen mit Daten beantworten', 'Modelle im Betrieb', 'Werkzeuge', 'Notebooks und SQL', 'Pipelines und die Cloud', 'Softwareentwicklung', 'Beispieldaten für die Story'],
  fr: ['Data scientist ou ingénieur ML ? (exemple)', 'Data scientist', 'Ingénieur ML', 'Au quotidien', 'Priorité', 'Répondre aux questions avec les données', 'Faire tourner les modèles en production', 'Outils', 'Notebooks et SQL', 'Pipelines et cloud', 'Développement logiciel', 'Données d’exemple'],
  es: ['¿Científico de datos o ingeniero de ML? (ejemplo)', 'Científico de datos', 'Ingeniero de ML', 'El día a día', 'Enfoque', 'Responder preguntas con datos', 'Modelos en producción', 'Herramientas', 'Notebooks y SQL', 'Pipelines y la nube', 'Desarrollo de software', 'Datos de ejemplo'],
  it: ['Data scientist o ML engineer? (esempio)', 'Data scientist', 'ML engineer', 'La giornata tipo', 'Obiettivo', 'Rispondere a domande con i dati', 'Modelli in produzione', 'Strumenti', 'Notebook e SQL', 'Pipeline e cloud', 'Sviluppo software', 'Dati di esempio'],
  nl: ['Data scientist of ML-engineer? (voorbeeld)', 'Data scientist', 'ML-engineer', 'Dag in dag uit', 'Focus', 'Vragen beantwoorden met data', 'Modellen in productie', 'Gereedschap', 'Notebooks en SQL', 'Pipelines en de cloud', 'Softwareontwikkeling', 'Voorbeeldgegevens'],
  pt: ['Cientista de dados ou engenheiro de ML? (exemplo)', 'Cientista de dados', 'Engenheiro de ML', 'O dia a dia', 'Foco', 'Responder a perguntas com dados', 'Modelos em produção', 'Ferramentas', 'Notebooks e SQL', 'Pipelines e a cloud', 'Desenvolvimento de software', 'Dados de exemplo'],
  pl: ['Data scientist czy inżynier ML? (przykład)', 'Data scientist', 'Inżynier ML', 'Na co dzień', 'Główny cel', 'Odpowiadanie na pytania za pomocą danych', 'Modele w produkcji', 'Narzędzia', 'Notatniki i SQL', 'Potoki danych i chmura', 'Programowanie', 'Dane przykładowe'],
  sv: ['Data scientist eller ML-ingenjör? (exempel)', 'Data scientist', 'ML-ingenjör', 'Vardagen', 'Fokus', 'Besvara frågor med data', 'Modeller i produktion', 'Verktyg', 'Notebooks och SQL', 'Pipelines och molnet', 'Mjukvaruutveckling', 'Exempeldata'],
  ar: ['عالم بيانات أم مهندس تعلّم آلي؟ (بيانات توضيحية)', 'عالم بيانات', 'مهندس تعلّم آلي', 'العمل اليومي', 'التركيز', 'الإجابة عن الأسئلة بالبيانات', 'تشغيل النماذج في الإنتاج', 'الأدوات', 'دفاتر Jupyter وSQL', 'خطوط المعالجة والسحابة', 'هندسة البرمجيات', 'بيانات توضيحية للقصة'],
  he: ['מדען נתונים או מהנדס למידת מכונה? (נתוני דוגמה)', 'מדען נתונים', 'מהנדס למידת מכונה', 'היום־יום', 'מוקד', 'מענה על שאלות בעזרת נתונים', 'הפעלת מודלים בייצור', 'כלים', 'מחברות ו־SQL', 'צינורות נתונים וענן', 'פיתוח תוכנה', 'נתוני דוגמה'],
};

/**
 * Authored content in the toolbar's language (example data): switch the Locale in the toolbar. The widget writes
 * its own words ("Which path suits your background?", "Recommended", "Source") in that language where Careerkit
 * has a translation, and marks its root with the page's `lang` and `dir`. The default content stays en-GB.
 */
export const InAnotherLanguage: Story = {
  name: 'In another language',
  // The content comes from the toolbar's locale: only these controls change the story.
  parameters: { controls: { include: ['width'] } },
  render: (args, { globals }) => {
    const [heading, a, b, title, label1, a1, b1, label2, a2, b2, background, source] = forLocale(inLanguage, globals.locale);
    const data: RoleCompareData = {
      heading,
      roles: [a, b],
      sections: [{ title, rows: [{ label: label1, values: [a1, b1] }, { label: label2, values: [a2, b2] }] }],
      paths: [{ background, role: b }],
      source: { title: source },
    };
    return html`<div style="max-width: ${args.width}px"><role-compare .data=${data} background=${background}></role-compare></div>`;
  },
};
