// What must NOT type-check (if the types decayed to `any`, these @ts-expect-error lines would fail tsc).
import { NewsletterForm, RoleCompare, SalarySlider } from '@careerkit/react';

export const checks = (
  <>
    {/* @ts-expect-error: roles are strings */}
    <RoleCompare data={{ roles: [1, 2], sections: [] }} />
    {/* @ts-expect-error: the detail has no `salary` */}
    <RoleCompare onPathSelect={(e) => e.detail.salary} />
    {/* @ts-expect-error: React's onLoad is not ck-load; its event has no `detail` */}
    <SalarySlider onLoad={(e) => e.detail.src} />
    <SalarySlider onCkLoad={(e) => e.detail.src} onSalaryChange={(e) => e.detail.bands[0]?.position} />
    <NewsletterForm onCkSubmit={(e) => e.preventDefault()} onSubscribeError={(e) => e.detail.kind} />
    {/* @ts-expect-error: the raw tag's data is typed too */}
    <role-compare data={42}></role-compare>
  </>
);
