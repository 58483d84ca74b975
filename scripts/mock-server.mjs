#!/usr/bin/env node
/**
 * The mock availability API over real HTTP, in Node: the same MSW handlers as the browser
 * (src/mocks/mock-api.ts, bundled on the fly with esbuild) behind a tiny node:http server.
 *
 *   node scripts/mock-server.mjs [--port 8787] [--api-key KEY]
 *   # serves http://127.0.0.1:8787/aisle-api/v1; with --api-key, requests need Bearer KEY
 */
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { getResponse } from 'msw';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles src/mocks/mock-api.ts for Node (dependencies stay in node_modules) and imports it. */
export async function loadMockModule() {
  const outdir = `${root}node_modules/.cache/aisle`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/mock-api.mjs`;
  await build({
    entryPoints: [`${root}src/mocks/mock-api.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/**
 * What a browser needs to call the API from a shop on another origin (api/openapi.yaml, "CORS"):
 * the preflight's answer, and on every response the origin, a readable Retry-After and a readable
 * Date (the hold countdown reads the server's clock from it).
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept-Language',
  'Access-Control-Expose-Headers': 'Retry-After, Date',
  'Access-Control-Max-Age': '7200',
};

/** Starts a server for a mock API's handlers; resolves to its origin and a close function. */
export function serve(handlers, { port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const url = `http://${req.headers.host ?? host}${req.url}`;
      const request = new Request(url, {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([k, v]) =>
          v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
        ),
        ...(chunks.length && req.method !== 'GET' && req.method !== 'HEAD'
          ? { body: Buffer.concat(chunks) }
          : {}),
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not the mock API\n');
        return;
      }
      if (response.type === 'error') {
        req.socket.destroy(); // the "offline" scenario: a network error
        return;
      }
      res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...CORS_HEADERS });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        origin: `http://${host}:${actual}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('--port') ?? 8787);
  const key = arg('--api-key');
  const { mockApi, createMockApi } = await loadMockModule();
  const api = key ? createMockApi({ requireApiKey: key }) : mockApi;
  const { origin } = await serve(api.handlers, { port });
  console.log(
    `Mock availability API at ${origin}${api.base}${key ? ' (Bearer key required)' : ''}`,
  );
}
