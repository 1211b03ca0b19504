import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const { version } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  // Docs pages (`tags: ['autodocs']` in preview.ts) from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { defaultClientConditions } = await import('vite');
    return {
      ...config,
      // Inside the monorepo, @careerkit/* resolve to their TypeScript sources.
      resolve: { ...config.resolve, conditions: ['careerkit-source', ...defaultClientConditions] },
      define: { ...config.define, __CK_VERSION__: JSON.stringify(version) },
    };
  },
};
export default config;
