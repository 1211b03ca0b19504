import { useState } from 'react';
import '@careerkit/role-compare/define';
import type { RoleCompareData } from '@careerkit/role-compare';

const data: RoleCompareData = {
  heading: 'Frontend vs Backend',
  roles: ['Frontend Developer', 'Backend Developer'],
  sections: [{ title: 'Pay', rows: [{ label: 'Mid-level', values: ['£50,000', '£55,000'] }] }],
  paths: [{ background: 'Graphic design', role: 'Frontend Developer' }],
};

// The raw tag: React 19 sets `data` as a property, and only the lower-case `onck-…` handler fires.
export function RawTag() {
  const [role, setRole] = useState('');
  return (
    <>
      <role-compare data={data} onck-path-select={(e) => setRole(e.detail.role)}></role-compare>
      <p id="picked-raw">{role}</p>
    </>
  );
}
