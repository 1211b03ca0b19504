import type { RoleCompareData } from './role-compare.types.js';

/**
 * The default content, transcribed from "Data Scientist vs ML Engineer: Which
 * Path Is Right for You?" by Alex Morgan (3 May 2026). Row labels are ours;
 * every value is the article's (second-person "They need…" sentences are cut
 * to their object). Left out: the two paragraphs that retell each role's day,
 * which the day-to-day table and the "Typical artefact" row already carry.
 */
export const defaultContent: RoleCompareData = {
  heading: 'Data Scientist vs ML Engineer',
  intro:
    'Data scientist and ML engineer are two of the most common AI titles in the UK — and two of the most confused. The roles share significant overlap but differ in meaningful ways.',
  roles: ['Data Scientist', 'ML Engineer'],
  sections: [
    {
      id: 'core',
      title: 'The core difference',
      intro:
        'The simplest way to frame it: data scientists work on the research and insight side of the ML lifecycle, while ML engineers work on the production and systems side.',
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
      note: 'The reality in most UK companies is messier. At startups and scale-ups with small teams, one person often does both. At larger organisations, the roles are more clearly separated. Many job postings use the titles interchangeably, which is genuinely confusing.',
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
          label: 'They also need',
          values: [
            'Stronger communication skills — writing clearly, presenting to non-technical audiences, translating technical findings into business recommendations.',
            "To think about reliability, latency, and scalability in a way that data scientists typically don't.",
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
