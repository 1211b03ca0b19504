import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@careerkit/newsletter-form/define';
import type { NewsletterForm, NewsletterFormData, NewsletterHandler, NewsletterProvider } from '@careerkit/newsletter-form';
import { forLocale } from './locale.js';

type Outcome = 'success' | '400' | '409' | '429' | '500' | 'timeout' | 'network';

interface Args {
  action?: string;
  provider?: NewsletterProvider;
  'privacy-url'?: string;
  consent?: '' | 'required';
  confirm?: boolean;
  redirect?: string;
  timeout?: number;
  'min-time'?: number;
  'share-email'?: boolean;
  heading?: string;
  src?: string;
  theme?: NewsletterForm['theme'];
  locale?: string;
  data?: NewsletterFormData;
  strings?: NewsletterForm['strings'];
  /** What the simulated endpoint answers (story only: Storybook has no newsletter service). */
  outcome: Outcome;
  width: number;
}

/**
 * A stand-in for the site's endpoint: answers after a short wait, as a real
 * server would. The messages are example data.
 */
const simulate =
  (outcome: Outcome): NewsletterHandler =>
  (_fields, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      if (outcome == 'timeout') return;
      setTimeout(() => {
        if (outcome == 'network') return reject(new TypeError('Failed to fetch'));
        if (outcome == 'success') return resolve(new Response('{"ok":true}', { status: 200 }));
        const body = outcome == '400' ? JSON.stringify({ message: 'Please use a personal address (example data).' }) : '';
        resolve(new Response(body, { status: +outcome, headers: outcome == '429' ? { 'retry-after': '30' } : {} }));
      }, 800);
    });

const meta: Meta<Args> = {
  title: 'Widgets/newsletter-form',
  component: 'newsletter-form',
  // No wait before a signup counts as human, and a short timeout, so the stories answer at once.
  args: { outcome: 'success', width: 520, 'min-time': 0, timeout: 3000 },
  argTypes: {
    width: { control: { type: 'range', min: 260, max: 1100, step: 10 }, description: 'Width of the container (story only)' },
    outcome: { control: 'select', options: ['success', '400', '409', '429', '500', 'timeout', 'network'] },
    provider: { control: 'select', options: ['json', 'form', 'buttondown', 'kit', 'mailchimp'] },
    consent: { control: 'inline-radio', options: [undefined, '', 'required'] },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}px">
      <newsletter-form
        action=${ifDefined(args.action)}
        provider=${ifDefined(args.provider)}
        privacy-url=${ifDefined(args['privacy-url'])}
        consent=${ifDefined(args.consent)}
        ?confirm=${args.confirm}
        redirect=${ifDefined(args.redirect)}
        timeout=${ifDefined(args.timeout)}
        min-time=${ifDefined(args['min-time'])}
        ?share-email=${args['share-email']}
        heading=${ifDefined(args.heading)}
        src=${ifDefined(args.src)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        .data=${args.data}
        .strings=${args.strings}
        .handler=${simulate(args.outcome)}
      ></newsletter-form>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed article's signup box, with no configuration. */
export const Default: Story = {};

/** The privacy policy linked from the consent line. */
export const PrivacyLink: Story = { args: { 'privacy-url': '#privacy' } };

/** `consent="required"`: an unticked checkbox that must be ticked; its wording and time are sent. */
export const ConsentRequired: Story = { args: { consent: 'required', 'privacy-url': '#privacy' } };

/** Double opt-in: the success message asks the reader to confirm from their inbox. */
export const Confirm: Story = { args: { confirm: true } };

/** A 400 with a message from the server: the message is shown as text. */
export const ServerMessage: Story = { args: { outcome: '400' } };

/** 409: already subscribed. */
export const AlreadySubscribed: Story = { args: { outcome: '409' } };

/** 429 with `Retry-After: 30`. */
export const RateLimited: Story = { args: { outcome: '429' } };

/** A 5xx: the error alert, the address kept, and a retry button. */
export const ServerError: Story = { args: { outcome: '500' } };

/** No answer within `timeout` (3 s here). */
export const Timeout: Story = { args: { outcome: 'timeout' } };

/** A 280px sidebar. */
export const Narrow: Story = { args: { width: 280 } };

export const Dark: Story = { args: { theme: 'dark', consent: '', 'privacy-url': '#privacy' } };

/**
 * An authored form inside the tag: it posts natively without JavaScript, and
 * is enhanced in place with it (the input stays in the page, so autofill works).
 * The author's own heading and introduction are shown with it, in their order,
 * instead of the seed copy. Enhanced, it validates inline like the widget's own
 * form: press Subscribe with the field empty to see the message (a `p.ck-error`
 * after the field, styled by the page) join the field's own hint in
 * `aria-describedby`. With `consent="required"` the consent checkbox goes in the
 * form, before its button (`div.ck-consent`), so Tab goes email → consent →
 * Subscribe. After a signup, "Sign up another address" brings the form back.
 */
export const AuthoredForm: Story = {
  args: { consent: 'required', 'privacy-url': '#privacy' },
  render: (args) => html`<style>
      #story-form .ck-error {
        font-weight: 700;
      }
      #story-form form {
        display: grid;
        gap: 0.5em;
        justify-items: start;
      }
      #story-form [aria-disabled='true'] {
        opacity: 0.6;
        cursor: progress;
      }
    </style>
    <newsletter-form
      id="story-form"
      consent=${ifDefined(args.consent)}
      privacy-url=${ifDefined(args['privacy-url'])}
      provider=${ifDefined(args.provider)}
      min-time="0"
      .handler=${simulate(args.outcome)}
    >
      <h2>Career tips, weekly (example text)</h2>
      <p>One short email every Friday (example text).</p>
      <form action="https://example.com/subscribe" method="post">
        <label for="story-email">Email</label>
        <input type="email" id="story-email" name="email" autocomplete="email" required aria-describedby="story-hint" />
        <p id="story-hint">One email a week (example text).</p>
        <button>Subscribe</button>
      </form>
    </newsletter-form>`,
};

/** Content from a JSON script inside the tag: no JavaScript needed on the page. */
export const JsonScript: Story = {
  render: (args) => html`<newsletter-form min-time="0" .handler=${simulate(args.outcome)}>
    <script type="application/json">
      { "heading": "Career tips, weekly (example data)", "strings": { "button": "Sign me up" } }
    </script>
  </newsletter-form>`,
};

/** Example copy in each toolbar language: heading, introduction, consent line, and the words in it linked to the privacy policy. */
const inLanguage: Record<string, [string, string, string, string]> = {
  en: ['Career tips by email (example text)', 'One short email a week.', 'I agree to the privacy policy.', 'privacy policy'],
  de: ['Karrieretipps per E-Mail (Beispieltext)', 'Eine kurze E-Mail pro Woche.', 'Ich stimme der Datenschutzerklärung zu.', 'Datenschutzerklärung'],
  fr: ['Conseils carrière par e-mail (texte d’exemple)', 'Un court e-mail par semaine.', 'J’accepte la politique de confidentialité.', 'politique de confidentialité'],
  es: ['Consejos profesionales por correo (texto de ejemplo)', 'Un correo breve a la semana.', 'Acepto la política de privacidad.', 'política de privacidad'],
  it: ['Consigli di carriera via email (testo di esempio)', 'Una breve email a settimana.', 'Accetto l’informativa sulla privacy.', 'informativa sulla privacy'],
  nl: ['Carrièretips per e-mail (voorbeeldtekst)', 'Eén korte e-mail per week.', 'Ik ga akkoord met het privacybeleid.', 'privacybeleid'],
  pt: ['Dicas de carreira por email (texto de exemplo)', 'Um email curto por semana.', 'Aceito a política de privacidade.', 'política de privacidade'],
  pl: ['Porady zawodowe e-mailem (tekst przykładowy)', 'Jeden krótki e-mail w tygodniu.', 'Akceptuję politykę prywatności.', 'politykę prywatności'],
  sv: ['Karriärtips via e-post (exempeltext)', 'Ett kort mejl i veckan.', 'Jag godkänner integritetspolicyn.', 'integritetspolicyn'],
  ar: ['نصائح مهنية عبر البريد الإلكتروني (نص توضيحي)', 'رسالة قصيرة واحدة كل أسبوع.', 'أوافق على سياسة الخصوصية.', 'سياسة الخصوصية'],
  he: ['טיפים לקריירה במייל (טקסט לדוגמה)', 'מייל קצר אחד בשבוע.', 'אני מסכים/ה למדיניות הפרטיות.', 'מדיניות הפרטיות'],
};

/**
 * Authored copy in the toolbar's language (example text): switch the Locale in the toolbar. The widget's own
 * words (the field's label, "Subscribe", its messages) and its direction follow the page's `lang` where Careerkit
 * has a translation; the default copy stays en-GB.
 */
export const InAnotherLanguage: Story = {
  name: 'In another language',
  // The content comes from the toolbar's locale: only these controls change the story.
  parameters: { controls: { include: ['width', 'consent', 'privacy-url', 'outcome'] } },
  args: { consent: 'required', 'privacy-url': '#privacy' },
  render: (args, { globals }) => {
    const [heading, intro, consent, privacy] = forLocale(inLanguage, globals.locale);
    return html`<div style="max-width: ${args.width}px">
      <newsletter-form
        consent=${ifDefined(args.consent)}
        privacy-url=${ifDefined(args['privacy-url'])}
        min-time="0"
        .data=${{ heading, intro, consent, privacy }}
        .handler=${simulate(args.outcome)}
      ></newsletter-form>
    </div>`;
  },
};
