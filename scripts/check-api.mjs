#!/usr/bin/env node
/**
 * Conformance checker for the Aisle availability API: exercises a live API and validates every
 * response against api/openapi.yaml, printing a pass/fail line per check.
 *
 *   npm run check-api -- https://api.example.com/aisle/v1 [--api-key KEY] [--skus A,B,C]
 *                        [--lang fr-FR] [--wait-for-expiry] [--strict]
 *
 * It creates holds and reservations and cancels or releases each one it made. Exit code 1 when
 * any check fails. `--strict` also rejects fields the contract does not name.
 */
import { fileURLToPath } from 'node:url';
import { createHarness } from './check-api/harness.mjs';
import { readChecks } from './check-api/read-checks.mjs';
import { writeChecks } from './check-api/write-checks.mjs';

export { loadContract } from './check-api/contract.mjs';

const DEFAULT_SKUS = Array.from(
  { length: 12 },
  (_, i) => `AISLE-${String(i + 1).padStart(4, '0')}`,
);

/**
 * Runs every check against `base`. `advanceClock(ms)` (in-process mocks) or `waitForExpiry`
 * (real servers: waits the hold out) enables the hold-expiry check; otherwise it is skipped.
 */
export async function checkApi(options) {
  const { skus = DEFAULT_SKUS, log = console.log } = options;
  const t = createHarness(options);
  await readChecks(t, { skus });
  await writeChecks(t, options);
  for (const undo of t.cleanup) await undo().catch(() => undefined);
  const count = (r) => t.results.filter((x) => x.result === r).length;
  const summary = {
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    results: t.results,
  };
  log(
    `\ncheck-api: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`,
  );
  return summary;
}

function cli(argv) {
  const args = { skus: undefined, strict: false, waitForExpiry: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--api-key') args.apiKey = argv[++i];
    else if (a === '--skus') args.skus = argv[++i].split(',').filter(Boolean);
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '--strict') args.strict = true;
    else if (a === '--wait-for-expiry') args.waitForExpiry = true;
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
      `${e.message}\nusage: npm run check-api -- <base-url> [--api-key KEY] [--skus A,B] [--lang fr-FR] [--wait-for-expiry] [--strict]`,
    );
    process.exit(2);
  }
  const started = Date.now();
  console.log(`Checking ${args.base} against api/openapi.yaml${args.strict ? ' (strict)' : ''}\n`);
  const { failed } = await checkApi(args);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}
