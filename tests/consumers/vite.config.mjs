import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// One config for every app: `vite build <app>` from this folder.
export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
