#!/usr/bin/env node
/**
 * Conformance checker for the Aisle availability API: exercises a live API and validates every
 * response against api/openapi.yaml, printing a pass/fail line per check.
 *
 *   npm run check-api -- https://api.example.com/aisle/v1 [--api-key KEY] [--skus A,B,C]
 *                        [--store ID] [--lang fr-FR] [--wait-for-expiry] [--strict]
 *                        [--allow-skips] [--same-origin]
 *
 * It creates holds and reservations and cancels or releases each one it made. Exit code 1 when
 * any check fails, or could not run (no product to hold: the write side went unchecked) unless
 * `--allow-skips`. `--strict` also rejects fields the contract does not name, and lists as bare
 * arrays. `--same-origin` skips the CORS checks, for an API served from the shop's own origin.
 * `--store` puts that store first for the checks that need one; `--lang` is the Accept-Language.
 */
import { fileURLToPath } from 'node:url';
import { createHarness, Skip } from './check-api/harness.mjs';
import { readChecks } from './check-api/read-checks.mjs';
import { writeChecks } from './check-api/write-checks.mjs';

export { loadContract } from './check-api/contract.mjs';

const DEFAULT_SKUS = Array.from(
  { length: 12 },
  (_, i) => `AISLE-${String(i + 1).padStart(4, '0')}`,
);

/**
 * Runs every check against `base`. `advanceClock(ms)` (in-process mocks) or `waitForExpiry`
 * (real servers: waits the hold out) enables the hold-expiry check; otherwise it is not run.
 */
export async function checkApi(options) {
  const { skus = DEFAULT_SKUS, log = console.log } = options;
  const t = createHarness(options);
  await readChecks(t, { skus, store: options.store, sameOrigin: options.sameOrigin });
  await writeChecks(t, { ...options, skus });
  await t.check(
    'CORS: every answer, errors included, names the shop in Access-Control-Allow-Origin',
    () => {
      if (options.sameOrigin) {
        throw new Skip('--same-origin: the shop pages share the API origin', { optional: true });
      }
      // Without it the browser hides the answer: a 409 stock_unavailable reads as no network.
      const [first, ...more] = new Set(t.unreadable);
      t.assert(
        !first,
        `not on ${[first, ...more.slice(0, 4)].join(', ')}${more.length > 4 ? ', …' : ''}`,
      );
    },
  );
  for (const undo of t.cleanup) await undo().catch(() => undefined);
  const count = (...r) => t.results.filter((x) => r.includes(x.result)).length;
  const warned = t.results.filter((x) => x.warnings).length;
  const summary = {
    passed: count('pass'),
    failed: count('fail'),
    /** Checks that could not run: they fail the run unless --allow-skips. */
    skipped: count('skip'),
    /** Every NOT RUN line: those that could not run, and those the run chose not to. */
    notRun: count('skip', 'not run'),
    results: t.results,
  };
  log(
    `\ncheck-api: ${summary.passed} passed${warned ? ` (${warned} with a warning)` : ''}, ` +
      `${summary.failed} failed, ${summary.notRun} not run`,
  );
  if (t.results.some((x) => x.noProduct)) {
    log(
      'Checks not run for want of a product: give --skus with a product in stock (quantity 3 or ' +
        'more) at a store with pickup, and one out of stock, at the stores listed first.',
    );
  } else if (summary.skipped) {
    log(
      summary.failed
        ? `${summary.skipped} could not run for want of a valid answer above: fix the failures first.`
        : `${summary.skipped} could not run (see why above): the run fails unless --allow-skips.`,
    );
  }
  return summary;
}

function cli(argv) {
  const args = { skus: undefined, strict: false, waitForExpiry: false, allowSkips: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--api-key') args.apiKey = argv[++i];
    else if (a === '--skus') args.skus = argv[++i].split(',').filter(Boolean);
    else if (a === '--store') args.store = argv[++i];
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '--strict') args.strict = true;
    else if (a === '--wait-for-expiry') args.waitForExpiry = true;
    else if (a === '--allow-skips') args.allowSkips = true;
    else if (a === '--same-origin') args.sameOrigin = true;
    else if (!a.startsWith('-') && !args.base) args.base = a;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let args;
  try {
    args = cli(process.argv.slice(2));
    if (!args.base) throw new Error('give the API base URL');
  } catch (e) {
    console.error(
      `${e.message}\nusage: npm run check-api -- <base-url> [--api-key KEY] [--skus A,B] [--store ID] [--lang fr-FR] [--wait-for-expiry] [--strict] [--allow-skips] [--same-origin]`,
    );
    process.exit(2);
  }
  const started = Date.now();
  console.log(`Checking ${args.base} against api/openapi.yaml${args.strict ? ' (strict)' : ''}\n`);
  const { failed, skipped } = await checkApi(args);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed || (skipped && !args.allowSkips) ? 1 : 0);
}
