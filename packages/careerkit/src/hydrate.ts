/**
 * Lit's hydration support, which the CDN loader imports before any widget when
 * the page holds a server-rendered widget (a tag with a declarative shadow
 * root), so that the widgets take over the server's DOM instead of rendering it
 * again.
 *
 * The support hooks into LitElement as Lit defines it: Lit calls
 * `globalThis.litElementHydrateSupport({ LitElement })` at the end of its
 * module, which is why it must be imported first. Here it shares the widgets'
 * copy of Lit (the loader's shared chunk), which is evaluated before this
 * module's own code, so the hook is called here instead, once, before any
 * widget is defined. (The patched `observedAttributes` getter is LitElement's
 * own once the hook has run.) A chunk of its own would cost every page a
 * second copy of lit-html or a split shared chunk.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { loadLocale } from '@careerkit/core/locales';

const support = (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
if (!Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) support?.({ LitElement });

// A server-rendered widget in another language than English takes over the server's DOM only if its first render
// is the server's: its words load first (the server rendered them after `loadLocale`, see the README).
await Promise.all(
  [...document.querySelectorAll('*')].flatMap((el) => {
    const lang = el.shadowRoot?.querySelector('.ck[lang]')?.getAttribute('lang');
    return lang && !/^en\b/.test(lang) ? [loadLocale(lang)] : [];
  }),
).catch(() => {});
