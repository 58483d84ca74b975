// Finds the system browsers the tests drive. No test tool may download its own browser here,
// so we use Debian's packages (or whatever CHROME_PATH / FIREFOX_PATH point at).
import { existsSync } from 'node:fs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function find(envName, candidates, pkg) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName}=${fromEnv} does not exist.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No ${pkg} browser found. Install it (Debian: "apt-get install -y ${pkg}") ` +
      `or set ${envName} to its executable.`,
  );
}

export const findChrome = () => find('CHROME_PATH', CHROME_CANDIDATES, 'chromium');
export const findFirefox = () => find('FIREFOX_PATH', FIREFOX_CANDIDATES, 'firefox-esr');

/** Flags for Chromium on a closed network, as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Tests run in several tabs at once: keep background tabs' timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Opens a test page in Firefox. Firefox ESR 140 (Debian bookworm's at times) has no
 * `emulation.setScreenOrientationOverride`, which puppeteer sends with every setViewport: the
 * viewport itself is set, only the orientation is not, so that one refusal is ignored.
 */
export async function createFirefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/setScreenOrientationOverride/.test(String(error?.message ?? error))) throw error;
    }
  };
  return page;
}
