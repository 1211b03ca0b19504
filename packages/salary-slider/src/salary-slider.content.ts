import type { SalarySliderData } from './salary-slider.types.js';

/**
 * The default content, transcribed from "Data Scientist vs ML Engineer: Which
 * Path Is Right for You?" by Alex Morgan (3 May 2026): mid-level salaries in
 * London, per year. Every figure and the note are the article's.
 */
export const defaultContent: SalarySliderData = {
  currency: 'GBP',
  period: 'year',
  roles: ['ML Engineer', 'Data Scientist'],
  bands: [
    { role: 'ML Engineer', level: 'Mid-level', location: 'London', min: 65000, max: 95000 },
    { role: 'Data Scientist', level: 'Mid-level', location: 'London', min: 55000, max: 80000 },
  ],
  note: 'ML engineers typically earn slightly more than data scientists at equivalent experience levels in the UK, reflecting the higher software engineering expectations. The gap is small at junior and mid-level but widens at senior and principal levels.',
  source: {
    title: 'Data Scientist vs ML Engineer: Which Path Is Right for You?',
    author: 'Alex Morgan',
    date: '2026-05-03',
  },
};
