// Type tests, checked by `npm run typecheck` and never run. A plain line
// fails the check if its typing is lost (an `Event` has no `detail`); an
// `@ts-expect-error` line fails it if the type became too loose (`any`).
import '@careerkit/role-compare/define';
import '@careerkit/faq-accordion/define';
import '@careerkit/salary-slider/define';
import '@careerkit/newsletter-form/define';
import type { RoleCompare, RoleCompareEventMap } from '@careerkit/role-compare';
import type { CoreEventMap } from '@careerkit/core';

// The tag map gives the class, with its typed `data` and `strings`.
const compare: RoleCompare = document.createElement('role-compare');
compare.data = { roles: ['A', 'B'], sections: [{ rows: [{ values: ['x', 'y'] }] }] };
// @ts-expect-error roles are text
compare.data = { roles: [1, 2], sections: [] };
compare.strings = { recommended: 'Best fit', loading: 'Wait…' };
// @ts-expect-error no such string
compare.strings = { nope: '' };

// A widget's own events, on the element, `document` and `window`.
compare.addEventListener('ck-path-select', (e) => {
  const role: string = e.detail.role;
  const index: number = e.detail.roleIndex;
  // @ts-expect-error the role is text
  const wrong: number = e.detail.role;
  void [role, index, wrong];
});
document.addEventListener('ck-faq-toggle', (e) => {
  const open: boolean = e.detail.open;
  // @ts-expect-error no such field
  void e.detail.nope;
  void open;
});
window.addEventListener('ck-salary-change', (e) => {
  const value: number = e.detail.value;
  // @ts-expect-error the value is a number
  const wrong: string = e.detail.value;
  void [value, wrong];
});
document.querySelector('newsletter-form')?.addEventListener('ck-submit', (e) => {
  const consent: boolean = e.detail.consent;
  e.preventDefault();
  void consent;
});
document.addEventListener('ck-subscribe-error', (e) => void e.detail.kind.toUpperCase());

// The core's events, from every widget.
document.addEventListener('ck-load', (e) => {
  const src: string = e.detail.src;
  // @ts-expect-error a load has no message
  void e.detail.message;
  void src;
});
window.addEventListener('ck-error', (e) => void e.detail.message.toUpperCase());
document.createElement('salary-slider').addEventListener('ck-error', (e) => void e.detail.src.toUpperCase());

// The exported maps name each widget's events.
const names: (keyof RoleCompareEventMap)[] = ['ck-path-select', 'ck-load', 'ck-error'];
// @ts-expect-error not one of role-compare's events
const other: keyof RoleCompareEventMap = 'ck-submit';
const core: keyof CoreEventMap = 'ck-load';
void [names, other, core];
