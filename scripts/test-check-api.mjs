#!/usr/bin/env node
/**
 * Holds the mock to the contract: serves the mock over real HTTP in this process, with a clock
 * the checker can advance (hold expiry), and runs every check-api check in strict mode (a field
 * the contract does not name fails). Then holds check-api to the contract too: the same mock
 * behind a proxy that leaves CORS out of its error answers must fail exactly one check. Exit
 * code 1 on any failure or check not run.
 */
import { createServer } from 'node:http';
import { checkApi } from './check-api.mjs';
import { loadMockModule, serve } from './mock-server.mjs';

const realNow = Date.now;
let offset = 0;
Date.now = () => realNow() + offset;

const { mockApi } = await loadMockModule();
const { origin, close } = await serve(mockApi.handlers);
const base = `${origin}${mockApi.base}`;
console.log(`Checking the mock at ${base} against api/openapi.yaml (strict)\n`);
const started = realNow();
const result = await checkApi({
  base,
  strict: true,
  advanceClock: async (ms) => {
    offset += ms;
  },
});
const stats = mockApi.stats();
console.log(
  `(${((realNow() - started) / 1000).toFixed(1)} s; ${stats.total} requests, ${stats.holdsCreated} holds, ` +
    `${stats.reservationsConfirmed} reservations, ${stats.replays} replays)`,
);

/**
 * A common mistake: CORS headers added only to successful answers. A browser then cannot read a
 * 409 `stock_unavailable` or a 404 `store_not_found`: the elements see a network failure.
 */
function corsOnSuccessOnly(target) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const answer = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection'),
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const headers = Object.fromEntries(answer.headers);
    delete headers['content-length'];
    delete headers['content-encoding'];
    if (answer.status >= 400) {
      for (const k of Object.keys(headers)) if (k.startsWith('access-control-')) delete headers[k];
    }
    res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

const proxy = await corsOnSuccessOnly(origin);
console.log('\nThe mock with CORS on successful answers only: one check must fail\n');
const broken = await checkApi({
  base: `${proxy.origin}${mockApi.base}`,
  log: () => undefined,
  advanceClock: async (ms) => {
    offset += ms;
  },
});
const failures = broken.results.filter((r) => r.result === 'fail');
const caught = failures.length === 1 && /^CORS: every answer/.test(failures[0].name);
console.log(
  caught
    ? `ok: "${failures[0].name}" failed (${failures[0].message})`
    : `NOT CAUGHT: check-api failed ${failures.length} checks: ${failures.map((f) => f.name).join('; ') || 'none'}`,
);
await proxy.close();
await close();
process.exit(result.failed || result.notRun || !caught ? 1 : 0);
