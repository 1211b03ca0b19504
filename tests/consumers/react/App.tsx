import { useState } from 'react';
import { RoleCompare } from '@careerkit/react';
import type { RoleCompareData } from '@careerkit/role-compare';

const data: RoleCompareData = {
  heading: 'Frontend vs Backend',
  roles: ['Frontend Developer', 'Backend Developer'],
  sections: [{ title: 'Pay', rows: [{ label: 'Mid-level', values: ['£50,000', '£55,000'] }] }],
  paths: [{ background: 'Graphic design', role: 'Frontend Developer' }],
};

export function App() {
  const [role, setRole] = useState('');
  return (
    <>
      <RoleCompare data={data} onPathSelect={(e) => setRole(e.detail.role)} />
      <p id="picked">{role}</p>
    </>
  );
}
