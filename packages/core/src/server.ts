import { html, type TemplateResult } from 'lit';
import { CkElement } from './element.js';

/**
 * A page's HTML as a Lit template for `@lit-labs/ssr`'s `render()`, in which
 * every Careerkit widget whose content is a child
 * `<script type="application/json">` gets that JSON as its `data` property.
 *
 * Why: on the server an element sees only its attributes and the properties
 * a template binds, never its children, so without this a widget would render
 * its default content there and the JSON's only in the browser (and hydration
 * would keep the wrong one). Bound here as `.data`, the server renders what
 * the widget reads from the same script in the browser. The script must be
 * the widget's first child element; invalid JSON is left for the browser to
 * report. The HTML is used as is, like `unsafeHTML`: pass only your own pages.
 *
 * ```js
 * import { render } from '@lit-labs/ssr';
 * import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
 * import { serverTemplate } from '@careerkit/core';
 * import 'careerkit'; // registers the widgets
 * const out = await collectResult(render(serverTemplate(page)));
 * ```
 */
export function serverTemplate(page: string): TemplateResult {
  const strings: string[] = [];
  const values: unknown[] = [];
  let last = 0;
  for (const tag of page.matchAll(/<([a-z][\w.]*-[\w.-]*)(?=[\s/>])/gi)) {
    const ctor = customElements.get(tag[1].toLowerCase());
    if (!(ctor?.prototype instanceof CkElement)) continue;
    const end = startTagEnd(page, tag.index + tag[0].length);
    const script = /^\s*(?:<!--[\s\S]*?-->\s*)*<script\b([^>]*)>([\s\S]*?)<\/script/i.exec(page.slice(end + 1));
    if (!script || !/\btype\s*=\s*["']?application\/json\b/i.test(script[1])) continue;
    let data: unknown;
    try {
      data = JSON.parse(script[2]);
    } catch {
      continue;
    }
    strings.push(`${page.slice(last, end)} .data=`);
    values.push(data);
    last = end;
  }
  strings.push(page.slice(last));
  // A strings array with its own `raw` is what Lit takes for a template (as `unsafeHTML` and `lit/static-html.js` build).
  return html(Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray, ...values);
}

/** The index of the `>` that ends the start tag whose attributes begin at `from` (quoted values may hold `>`). */
function startTagEnd(page: string, from: number): number {
  for (let i = from; i < page.length; i++) {
    const c = page[i];
    if (c == '>') return i;
    if (c == '"' || c == "'") {
      i = page.indexOf(c, i + 1);
      if (i < 0) break;
    }
  }
  return page.length;
}
