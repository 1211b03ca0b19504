import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { RoleCompare as RoleCompareElement } from '@careerkit/role-compare/define';
import type { PathSelectDetail } from '@careerkit/role-compare';
import { loadEvents } from './events.js';

/** `<role-compare>` as a React component (importing this module registers the tag). */
export const RoleCompare = createComponent({
  react: React,
  tagName: 'role-compare',
  elementClass: RoleCompareElement,
  displayName: 'RoleCompare',
  events: {
    onPathSelect: 'ck-path-select' as EventName<CustomEvent<PathSelectDetail>>,
    ...loadEvents,
  },
});
