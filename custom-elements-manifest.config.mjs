// The Custom Elements Manifest analyzer's config, shared by every widget:
// each runs `cem analyze --config ../../custom-elements-manifest.config.mjs`
// from its own folder (its `build:manifest` script). It writes the widget's
// custom-elements.json (public API only, shipped `dist/*.js` paths) and, from
// it, the widget's framework and editor files in dist/ (see scripts/cem-plugins.mjs).
import { ownTypes, publicApi, noTypeExports, definitions, shippedPaths, integrations } from './scripts/cem-plugins.mjs';

export default {
  // core's element.ts is read for what every widget inherits; it is not in the output.
  globs: ['src/*.ts', '../core/src/element.ts'],
  exclude: ['src/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    ownTypes(),
    publicApi(),
    noTypeExports(),
    definitions(),
    shippedPaths(),
    // The types import each class and its event types from the package's index, next to them in dist/.
    integrations({ outdir: 'dist', typePath: () => './index.js' }),
  ],
};
