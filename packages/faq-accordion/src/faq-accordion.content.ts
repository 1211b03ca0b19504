import type { FaqAccordionData } from './faq-accordion.types.js';

/**
 * The default content: the four questions and answers of "Data Scientist vs
 * ML Engineer: Which Path Is Right for You?" by Alex Morgan (3 May 2026),
 * verbatim.
 */
export const defaultContent: FaqAccordionData = {
  items: [
    {
      question: 'What is the main difference between a data scientist and an ML engineer?',
      answer:
        'Data scientists focus on insight and prototype models; ML engineers focus on production systems and infrastructure. The boundary is blurry and many roles contain elements of both.',
    },
    {
      question: 'Which role pays more?',
      answer: 'ML engineers typically earn slightly more at senior levels. The gap is modest at junior/mid-level.',
    },
    {
      question: 'Can a data scientist become an ML engineer?',
      answer:
        'Yes — strengthen Python engineering skills, add containerisation, CI/CD, and cloud ML platform experience. Timeline: 12–18 months of deliberate development.',
    },
    {
      question: 'Which path is better for software engineers?',
      answer: 'ML engineering, as your production skills transfer directly. Data science requires also building the analytical/statistical mindset.',
    },
  ],
  source: {
    title: 'Data Scientist vs ML Engineer: Which Path Is Right for You?',
    author: 'Alex Morgan',
    date: '2026-05-03',
  },
};
