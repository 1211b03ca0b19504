import type { FaqItem } from './faq-accordion.types.js';

interface ScriptPolicy {
  createScript(text: string): string;
}
/**
 * Where the page enforces Trusted Types, a script's text must come from a
 * policy: the JSON-LD's comes from one named `careerkit` (shared by every copy
 * of Careerkit on the page, as a name can be taken once). If the page's CSP
 * does not allow that name, the text is written as a text node, which works
 * but is reported as a violation. Shared means reachable by any script on the
 * page, so it passes only JSON, which does nothing if run: it cannot be used
 * to get other code past Trusted Types.
 */
const scriptPolicy = (): ScriptPolicy | undefined => {
  const g = globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } } & Record<symbol, ScriptPolicy | undefined>;
  const key = Symbol.for('careerkit.policy');
  // Tried once: a page whose CSP refuses the name refuses it every time (the key, set to undefined, records that).
  if (!(key in g))
    try {
      g[key] = g.trustedTypes?.createPolicy('careerkit', { createScript: (text) => (JSON.parse(text), text) });
    } catch {
      g[key] = undefined;
    }
  return g[key];
};

/**
 * Writes `<faq-accordion structured-data>`'s schema.org FAQPage, every
 * question and answer of `items`, into its `<script type="application/ld+json">`
 * and puts that script in the widget's light DOM. A module of its own,
 * imported the first time a widget asks for structured data: most pages never do.
 */
export function faqPage(el: HTMLElement, ld: HTMLScriptElement, items: FaqItem[]) {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map(({ question, answer }) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } })),
  }).replace(/</g, '\\u003c'); // so no answer can close the script (`</script>`) or open a comment (`<!--`)
  if (ld.textContent !== json) {
    const policy = scriptPolicy();
    if (policy) ld.text = policy.createScript(json);
    else ld.replaceChildren(json);
  }
  if (ld.parentNode !== el) el.append(ld);
}
