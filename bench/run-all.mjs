#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in bench/ (and the bundle sizes of `npm run size`), each
 * with `--json`, collects their results with the machine they ran on into
 * bench/results/latest.json, then writes bench/REPORT.md and bench/report.svg (bench/report.mjs).
 * A benchmark that is missing or fails is kept in the report as "not measured: <reason>".
 *
 *   npm run bench      (MAP_RUNS=5: more runs of the map bench, default 3; DOM_LIMIT: largest
 *                       network drawn as plain DOM markers, default 50000)
 *   node bench/report.mjs         (rewrite the report from bench/results/latest.json only)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../scripts/browsers.mjs';
import { writeReport } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAP_RUNS = Math.max(1, Number(process.env.MAP_RUNS ?? 3));

/**
 * The benchmarks the report has a section for, in report order. `script` is relative to the
 * repository; `missing` says why there is no figure while the script is not there.
 */
const KNOWN = [
  {
    id: 'sizes',
    script: 'scripts/size.mjs',
    title: 'Bundle sizes',
    before: [['npm', ['run', 'build']]],
    missing: 'the size script (`npm run size`, scripts/size.mjs) is not on this branch yet',
  },
  { id: 'batching', script: 'bench/batching.mjs', title: 'Availability requests' },
  { id: 'nearest', script: 'bench/nearest.mjs', title: 'Nearest stores' },
  {
    id: 'markers',
    script: 'bench/locator-map.mjs',
    title: 'Map markers',
    runs: MAP_RUNS,
    // Plain DOM markers up to 50,000 stores (~30 s a run here). At 100,000 one draw outlasts
    // puppeteer's 180 s protocol timeout and the whole map bench fails, so that size is left out.
    env: { DOM_LIMIT: process.env.DOM_LIMIT ?? '50000' },
    missing: 'the map bench (bench/locator-map.mjs) is not on this branch yet',
  },
  {
    id: 'place-matcher',
    script: 'bench/place-matcher.mjs',
    title: 'Search box over 50,000 stores',
  },
  {
    id: 'locator-keystroke',
    script: 'bench/locator-keystroke.mjs',
    title: 'A keystroke in the locator',
  },
  {
    id: 'listing-badges',
    script: 'bench/listing-badges.mjs',
    title: 'A listing page of 100 badges',
  },
  {
    id: 'listing-shift',
    script: 'bench/listing-shift.mjs',
    title: 'Layout shift of a listing of 100 badges',
  },
  {
    id: 'locator-pan-zoom',
    script: 'bench/locator-pan-zoom.mjs',
    title: 'Pan, zoom and search on the 50,000-store map',
  },
];
const OWN = new Set(['run-all.mjs', 'report.mjs', 'report-chart.mjs']);

/** Every other bench/*.mjs also runs, so a new benchmark is never silently left out. */
const extra = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.mjs') && !OWN.has(f))
  .map((f) => `bench/${f}`)
  .filter((script) => !KNOWN.some((k) => k.script === script))
  .map((script) => ({ id: script.slice(6, -4), script, title: script }));

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last stdout line that parses as a JSON object. */
function lastJson(stdout) {
  for (const line of stdout.trim().split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line);
    } catch {
      // not the result line
    }
  }
  return undefined;
}

const lastLine = (text) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .pop() ?? '';

async function runBench(bench) {
  if (!existsSync(join(root, bench.script))) {
    return { status: 'not-measured', reason: bench.missing ?? `${bench.script} is missing` };
  }
  for (const [cmd, args] of bench.before ?? []) {
    const r = await run(cmd, args);
    if (r.code !== 0) {
      return {
        status: 'not-measured',
        reason: `\`${cmd} ${args.join(' ')}\` failed: ${lastLine(r.stderr || r.stdout)}`,
      };
    }
  }
  const runs = [];
  for (let i = 0; i < (bench.runs ?? 1); i++) {
    const t0 = Date.now();
    process.stderr.write(`bench: ${bench.script} --json (run ${i + 1}/${bench.runs ?? 1})\n`);
    const r = await run('node', [bench.script, '--json'], bench.env);
    const result = lastJson(r.stdout);
    if (!result) {
      return {
        status: 'not-measured',
        reason: `${bench.script} exited with ${r.code} and no JSON result: ${lastLine(r.stderr || r.stdout)}`,
      };
    }
    runs.push({ ...result, exitCode: r.code, seconds: (Date.now() - t0) / 1000 });
  }
  return { status: 'measured', runs };
}

function chromiumVersion() {
  try {
    return execFileSync(findChrome(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch (error) {
    return `unknown (${error.message.split('\n')[0]})`;
  }
}

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()} ${os.arch()})`;
  } catch {
    // not Linux: fall through
  }
  return `${os.type()} ${os.release()} ${os.arch()}`;
}

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
  cores: cpus.length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: osName(),
  node: process.version,
  chromium: chromiumVersion(),
  date: new Date().toISOString(),
};

const results = { machine, benches: [] };
for (const bench of [...KNOWN, ...extra]) {
  const outcome = await runBench(bench);
  results.benches.push({ id: bench.id, title: bench.title, script: bench.script, ...outcome });
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const written = writeReport(results, join(root, 'bench'));
for (const bench of results.benches) {
  console.log(
    `${bench.id.padEnd(9)} ${bench.status === 'measured' ? 'measured' : `not measured: ${bench.reason}`}`,
  );
}
console.log(`wrote bench/results/latest.json, ${written.join(', ')}`);
