// @web/test-runner: every tests/**/*.test.ts in Chromium, Firefox and WebKit,
// each a real engine from Debian packages. TypeScript is compiled by esbuild;
// @careerkit/* resolve to their sources.
//
//   npm test                          all engines present (CI: all three, or fail)
//   ENGINES=firefox npm run test:browser    one engine (chromium, firefox, webkit; comma-separated)
import { readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { newsletterEndpoint } from './tests/newsletter-server.mjs';
import { cdnServer } from './tests/cdn-server.mjs';
// /__ssr: server-rendered HTML (the built packages through @lit-labs/ssr) for tests/hydrate.test.ts.
import { ssrMiddleware } from './tests/ssr/middleware.mjs';

const { version } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const engines = {
  chromium: {
    install: 'apt-get install chromium',
    present: () => existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'),
    // As root Chromium needs --no-sandbox; the other flags stop it calling home on a closed network.
    launcher: () =>
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
  },
  firefox: {
    install: 'apt-get install firefox-esr',
    present: () => existsSync('/usr/bin/firefox-esr'),
    launcher: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } }),
  },
  webkit: {
    install: 'apt-get install webkit2gtk-driver xvfb xauth',
    present: () => ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', MINIBROWSER].every((f) => existsSync(f)),
    // WebKitGTK's MiniBrowser needs a display: the driver runs under xvfb-run and is stopped on exit.
    launcher: async () => {
      const port = await freePort();
      const driver = spawn('xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`], { detached: true, stdio: 'ignore' });
      const stop = () => {
        try {
          process.kill(-driver.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      };
      process.on('exit', stop);
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      });
    },
  },
};

const wanted = (process.env.ENGINES ?? Object.keys(engines).join(',')).split(',').map((e) => e.trim()).filter(Boolean);
const unknown = wanted.filter((e) => !engines[e]);
if (unknown.length) throw new Error(`Unknown engine(s) in ENGINES: ${unknown.join(', ')}. Use chromium, firefox, webkit.`);
const missing = wanted.filter((e) => !engines[e].present());
for (const e of missing) console.warn(`\n[careerkit] ${e} is not installed, so its tests are not run. Install it with: ${engines[e].install}\n`);
if (missing.length && process.env.CI) throw new Error(`CI must test every engine; missing: ${missing.join(', ')}`);
const running = wanted.filter((e) => !missing.includes(e));
if (!running.length) throw new Error('No browser engine is installed: see the README.');

// A newsletter endpoint with injected faults, on the runner's own origin (/nl/*)
// and on a second loopback origin (for cross-origin and CORS cases).
const newsletter = newsletterEndpoint();

export default {
  files: 'tests/**/*.test.ts',
  middleware: [newsletter.middleware, cdnServer, ssrMiddleware],
  nodeResolve: { exportConditions: ['careerkit-source'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json', define: { __CK_VERSION__: JSON.stringify(version) } }),
    newsletter.plugin,
  ],
  browsers: await Promise.all(running.map((e) => engines[e].launcher())),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
};
