import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SalarySlider as SalarySliderElement } from '@careerkit/salary-slider/define';
import type { SalaryChangeDetail } from '@careerkit/salary-slider';
import { loadEvents } from './events.js';

/** `<salary-slider>` as a React component (importing this module registers the tag). */
export const SalarySlider = createComponent({
  react: React,
  tagName: 'salary-slider',
  elementClass: SalarySliderElement,
  displayName: 'SalarySlider',
  events: {
    onSalaryChange: 'ck-salary-change' as EventName<CustomEvent<SalaryChangeDetail>>,
    ...loadEvents,
  },
});
