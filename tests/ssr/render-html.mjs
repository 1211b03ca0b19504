// Renders HTML with Careerkit widgets on the server, as a user's Node script would: the built
// packages (run `npm run build` first), `@lit-labs/ssr` and core's serverTemplate(), which hands each
// widget its child JSON script (on the server an element cannot see its children).
// Used by tests/ssr/render.test.mjs and, for the hydration test, by tests/ssr/middleware.mjs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { serverTemplate } from '@careerkit/core';
import 'careerkit';

/** The server-rendered HTML of `page`; `data` (per tag) is bound as each widget's `data` property. */
export async function renderHtml(page) {
  return collectResult(render(serverTemplate(page)));
}
