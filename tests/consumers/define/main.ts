// Registers <role-compare>, with the seed content.
import '@careerkit/role-compare/define';

document.body.append(document.createElement('role-compare'));

// And one with German content: its own words come from the German translation, a chunk the bundler made from
// @careerkit/core's dynamic imports, loaded on demand.
const german = document.createElement('role-compare');
german.id = 'de';
german.setAttribute('locale', 'de-DE');
german.data = {
  roles: ['Data Scientist', 'ML Engineer'],
  sections: [{ title: 'Der Kernunterschied', rows: [{ label: 'Schwerpunkt', values: ['Forschung', 'Produktion'] }] }],
  paths: [{ background: 'Softwareentwicklung', role: 'ML Engineer' }],
};
document.body.append(german);
