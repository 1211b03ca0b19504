import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.puppeteerrc.cjs', '**/node_modules/', '**/dist/', 'packages/careerkit/cdn/', 'storybook-static/', 'tmp/', '**/custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', customElements: 'readonly', URL: 'readonly', setTimeout: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Outside data is always text: no unsafeHTML.' },
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  // chai's `expect(x).to.be.null` style reads as an unused expression.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
);
