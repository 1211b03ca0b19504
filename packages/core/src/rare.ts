import type { CSSResult, LitElement } from 'lit';

// What a widget needs only when a page does something unusual with it, in a module imported then (most pages never
// do): core's element imports it on demand, and the CDN files load it from next to themselves (cdn/rare.js).

/**
 * Moved into another document (an iframe's, with `adoptNode`), the shadow
 * root's stylesheets, made by the first document, no longer apply: the widget
 * gets copies made by the document it is now in, on every move. The widgets'
 * styles are css`` results, which keep their text (a plain CSSStyleSheet a
 * subclass adds is not copied).
 */
export function restyle(el: LitElement) {
  const Sheet = el.ownerDocument.defaultView?.CSSStyleSheet;
  if (Sheet && el.shadowRoot)
    el.shadowRoot.adoptedStyleSheets = (el.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync((style as CSSResult).cssText ?? '');
      return sheet;
    });
}

/**
 * `<p><role-compare><table>`: the HTML parser closes the `<p>` (and the tag)
 * before a table, details or form, so the authored content is now after the
 * `<p>`, out of the widget's reach. Says so, naming the fix.
 */
export const inParagraph = (el: HTMLElement, authored: string) =>
  (el as unknown as { report(message: string): void }).report(`a <p> cannot hold its <${authored}>: put <${el.localName}> outside the <p>.`);
