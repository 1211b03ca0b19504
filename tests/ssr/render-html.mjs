// Renders HTML with Careerkit widgets on the server, as a user's Node script would: the built
// packages (run `npm run build` first), `@lit-labs/ssr` and core's serverTemplate(), which hands each
// widget its child JSON script (on the server an element cannot see its children).
// Used by tests/ssr/render.test.mjs and, for the hydration test, by tests/ssr/middleware.mjs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { serverTemplate } from '@careerkit/core';
import { loadLocale } from '@careerkit/core/locales';
import 'careerkit';

// A widget in another language renders in it on the server once its words are loaded (the tests use German).
await loadLocale('de-DE');

/** The server-rendered HTML of a page (a string of HTML). */
export const renderHtml = (page) => collectResult(render(serverTemplate(page)));

/** The server-rendered HTML of one widget whose `data` property a Lit template binds. */
export const renderWithData = (tag, attrs, data) =>
  collectResult(render(html`<${unsafeStatic(`${tag} ${attrs}`)} .data=${data}></${unsafeStatic(tag)}>`));
