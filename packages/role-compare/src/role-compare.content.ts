import type { RoleCompareData } from './role-compare.types.js';

/**
 * The default content, transcribed from "Data Scientist vs ML Engineer: Which
 * Path Is Right for You?" by Alex Morgan (3 May 2026). Row labels are ours;
 * every value is the article's. To fit the CDN size budget it leaves out the
 * article's introduction, the opening sentence of "The core difference" and the
 * second pair of skills (communication; reliability and scale).
 */
export const defaultContent: RoleCompareData = {
  heading: 'Data Scientist vs ML Engineer',
  roles: ['Data Scientist', 'ML Engineer'],
  sections: [
    {
      id: 'core',
      title: 'The core difference',
      rows: [
        { label: 'Focus', values: ['Research and insight', 'Production and systems'] },
        {
          label: 'Typical artefact',
          values: [
            'A report, a dashboard, a prototype model in a notebook, or a recommendation to the business.',
            'A production system that runs reliably at scale.',
          ],
        },
      ],
    },
    {
      id: 'day-to-day',
      title: 'Day-to-day work: side by side',
      rows: [
        { values: ['Exploratory data analysis', 'Feature pipelines and data preprocessing systems'] },
        { values: ['Training and evaluating models in notebooks', 'Training infrastructure, experiment tracking (MLflow)'] },
        { values: ['A/B test design and statistical analysis', 'Model serving (REST APIs, batch inference)'] },
        { values: ['Communicating findings to business stakeholders', 'Model monitoring, drift detection, alerting'] },
        { values: ['Prototype development and feasibility studies', 'CI/CD for ML, model versioning, deployment automation'] },
        { values: ['SQL queries and data exploration', 'Cloud ML platforms (SageMaker, Vertex AI, Azure ML)'] },
      ],
    },
    {
      id: 'skills',
      title: 'Skills: where they diverge',
      rows: [
        {
          label: 'Foundations',
          values: [
            'Stronger statistical and mathematical foundations: hypothesis testing, experimental design, Bayesian thinking, regression analysis.',
            'Stronger software engineering depth: system design, testing and CI/CD, containerisation (Docker, Kubernetes), distributed computing, cloud infrastructure.',
          ],
        },
        {
          label: 'Both roles require',
          values: [
            'Strong Python, working knowledge of ML algorithms and when to use them, familiarity with the major ML frameworks (scikit-learn, PyTorch/TensorFlow), and solid SQL.',
          ],
        },
      ],
    },
    {
      id: 'salary',
      title: 'Salary comparison',
      rows: [{ label: 'Mid-level, London', values: ['£55,000–£80,000', '£65,000–£95,000'] }],
      note: 'ML engineers typically earn slightly more than data scientists at equivalent experience levels in the UK, reflecting the higher software engineering expectations. The gap is small at junior and mid-level but widens at senior and principal levels.',
    },
  ],
  paths: [
    {
      background: 'Software engineering',
      role: 'ML Engineer',
      text: 'ML engineering is typically the better entry. Your production systems skills transfer directly. Data science is also achievable but requires developing the analytical and statistical mindset on top of the ML toolchain.',
    },
    {
      background: 'Mathematics, statistics, or quantitative research',
      role: 'Data Scientist',
      text: 'Data science is the more natural fit. Your analytical foundations are already strong. ML engineering is also achievable but requires adding the software systems engineering layer.',
    },
    {
      background: 'Analytics or BI',
      role: 'Data Scientist',
      text: "Data science is the more natural progression. You're already thinking about business problems and data — the gap is ML knowledge and Python depth.",
    },
  ],
  source: {
    title: 'Data Scientist vs ML Engineer: Which Path Is Right for You?',
    author: 'Alex Morgan',
    date: '2026-05-03',
  },
};
