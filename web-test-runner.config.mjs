import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { CHROME_ARGS, createFirefoxPage, findChrome, findFirefox } from './scripts/browsers.mjs';
import { aisleCopies } from './scripts/aisle-copies.mjs';
import { failingModules } from './scripts/failing-modules.mjs';
import { leafletUnused } from './scripts/leaflet-unused.mjs';
import { libraryUnused } from './scripts/library-unused.mjs';

const wanted = (process.env.AISLE_BROWSERS ?? 'chromium,firefox').split(',');

/**
 * The browsers run in a shopper's time zone, not the build machine's (often UTC, where a time
 * shown in the wrong zone looks right): Paris by default, AISLE_TZ to try another.
 */
const env = { ...process.env, TZ: process.env.AISLE_TZ ?? 'Europe/Paris' };

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      // Background tabs get no animation frames under load: one test page at a time.
      concurrency: 1,
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS, env },
    }),
  );
}
if (wanted.includes('firefox')) {
  const firefox = chromeLauncher({
    // Firefox stops animation frames in background tabs too.
    concurrency: 1,
    launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, env },
    createPage: createFirefoxPage,
  });
  firefox.name = 'Firefox';
  browsers.push(firefox);
}

const hardening = process.env.AISLE_HARDENING === '1';

/**
 * AISLE_NOW (a date-time, e.g. 2026-12-08T18:55:00+01:00) starts the pages' clock at that moment
 * instead of now, to run the tests at a given time of day or week: a test that passes at one hour
 * and fails at another fails here on demand rather than in CI that evening. The clock keeps
 * running from there; a test's own fake clock still replaces it.
 */
const now = process.env.AISLE_NOW ? Date.parse(process.env.AISLE_NOW) : undefined;
if (now !== undefined && Number.isNaN(now)) {
  throw new Error(`AISLE_NOW="${process.env.AISLE_NOW}" is not a date-time`);
}
const shiftClock = (at) => `<script>
(() => {
  const Real = Date;
  const shift = ${at} - Real.now();
  class ShiftedDate extends Real {
    constructor(...args) {
      if (args.length) super(...args);
      else super(Real.now() + shift);
    }
    static now() {
      return Real.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate;
})();
</script>`;

export default {
  files: hardening ? ['test/hardening/**/*.test.ts'] : ['test/**/*.test.ts', '!test/hardening/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers,
  ...(now !== undefined && {
    testRunnerHtml: (framework) =>
      `<html><head>${shiftClock(now)}</head><body><script type="module" src="${framework}"></script></body></html>`,
  }),
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  // A cap for a test that hangs, not a speed check: a file's first lazily loaded module is
  // compiled by the test server on demand, which takes seconds while CI runs both browsers on 2
  // cores.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  // Modules a test may make fail to load, with the page's `aisle-fail-modules` cookie.
  middleware: [failingModules(['/src/components/store-locator/locator-map.ts'])],
  plugins: [
    // The libraries as the build ships them: what the build leaves out of Leaflet, supercluster,
    // kdbush and @lit/task is left out here too, so a test fails if Aisle calls one of them.
    fromRollup(leafletUnused)(),
    fromRollup(libraryUnused)(),
    aisleCopies(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
