// Registers <role-compare>, with the seed content.
import '@careerkit/role-compare/define';

document.body.append(document.createElement('role-compare'));
