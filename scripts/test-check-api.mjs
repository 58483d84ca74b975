#!/usr/bin/env node
/**
 * Holds the mock to the contract: serves the mock over real HTTP in this process, with a clock
 * the checker can advance (hold expiry), and runs every check-api check in strict mode (a field
 * the contract does not name fails). Exit code 1 on any failure or skipped check.
 */
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
await close();
const stats = mockApi.stats();
console.log(
  `(${((realNow() - started) / 1000).toFixed(1)} s; ${stats.total} requests, ${stats.holdsCreated} holds, ` +
    `${stats.reservationsConfirmed} reservations, ${stats.replays} replays)`,
);
process.exit(result.failed || result.skipped ? 1 : 0);
