// Plain TypeScript, strict: the tag map, typed `data`, typed events on the element and on `document`.
import '@careerkit/role-compare/define';
import { PATH_SELECT_EVENT, type RoleCompareData } from '@careerkit/role-compare';
import { SalarySlider, type SalaryChangeDetail } from '@careerkit/salary-slider';

const compare = document.createElement('role-compare'); // a RoleCompare, from HTMLElementTagNameMap
compare.data = {
  roles: ['Frontend Developer', 'Backend Developer'],
  sections: [{ title: 'Pay', rows: [{ label: 'Mid-level', values: ['£50,000', '£55,000'] }] }],
} satisfies RoleCompareData;
compare.addEventListener(PATH_SELECT_EVENT, (e) => console.log(e.detail.role.toUpperCase()));
document.addEventListener('ck-path-select', (e) => console.log(e.detail.roleIndex.toFixed()));
document.addEventListener('ck-load', (e) => console.log(e.detail.src));
window.addEventListener('ck-error', (e) => console.log(e.detail.message));

// @ts-expect-error: roles are strings
compare.data = { roles: [1, 2], sections: [] };
// @ts-expect-error: the detail has no `salary`
compare.addEventListener('ck-path-select', (e) => e.detail.salary);
// @ts-expect-error: not a Careerkit tag
const notOurs: RoleCompare = document.createElement('role-comparison');

SalarySlider.define('pay-slider');
const onChange = (detail: SalaryChangeDetail) => detail.bands.map((band) => band.position);
document.querySelector<SalarySlider>('pay-slider')?.addEventListener('ck-salary-change', (e) => onChange(e.detail));

type RoleCompare = HTMLElementTagNameMap['role-compare'];
export { notOurs };
