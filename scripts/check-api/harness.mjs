/** What every check uses: HTTP with the contract's headers, contract assertions, pass/fail lines. */
import { loadContract } from './contract.mjs';

/** A check that could not run; `optional` when the run chose not to (no --wait-for-expiry). */
export class Skip extends Error {
  constructor(message, { optional = false } = {}) {
    super(message);
    this.optional = optional;
  }
}
export class Failure extends Error {}

export const fold = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The shop's origin, as a browser sends it with every request to an API on another origin. */
export const SHOP_ORIGIN = 'https://shop.example';

export function createHarness({
  base,
  apiKey,
  lang = 'en',
  strict = false,
  sameOrigin = false,
  log = console.log,
}) {
  const root = base.replace(/\/+$/, '');
  /** Answers a browser could not read from the shop's pages ("GET /stores/x -> 404"). */
  const unreadable = [];
  const contract = loadContract({ strict });
  const results = [];
  const cleanup = [];
  let keyN = 0;
  const newKey = () =>
    `check-api-${Date.now().toString(36)}-${++keyN}-${Math.random().toString(36).slice(2)}`;

  async function request(method, path, { query, body, key, headers = {}, auth = true } = {}) {
    const qs = query
      ? `?${Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .map(
            ([k, v]) =>
              `${encodeURIComponent(k)}=${Array.isArray(v) ? v.map(encodeURIComponent).join(',') : encodeURIComponent(v)}`,
          )
          .join('&')}`
      : '';
    const res = await fetch(`${root}${path}${qs}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(sameOrigin ? {} : { Origin: SHOP_ORIGIN }),
        'Accept-Language': lang,
        ...(apiKey && auth ? { Authorization: `Bearer ${apiKey}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(key ? { 'Idempotency-Key': key } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const allowed = res.headers.get('access-control-allow-origin');
    if (!sameOrigin && method !== 'OPTIONS' && allowed !== SHOP_ORIGIN && allowed !== '*') {
      unreadable.push(`${method} ${path} -> ${res.status}`);
    }
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: json };
  }

  /** Asserts the status, then the response against the contract. */
  function expect(res, path, method, status, code) {
    if (res.status !== status) {
      const why = res.body?.code ? ` (${res.body.code}: ${res.body.detail ?? res.body.title})` : '';
      throw new Failure(`expected ${status}, got ${res.status}${why}`);
    }
    const errors = contract.validate(path, method, res);
    if (errors.length) throw new Failure(`does not match the contract: ${errors.join('; ')}`);
    if (code !== undefined && res.body?.code !== code) {
      throw new Failure(`expected problem code "${code}", got "${res.body?.code}"`);
    }
    return res.body;
  }
  const assert = (ok, message) => {
    if (!ok) throw new Failure(message);
  };

  async function check(name, fn) {
    try {
      const note = await fn();
      results.push({ name, result: 'pass' });
      log(`PASS  ${name}${note ? `  (${note})` : ''}`);
    } catch (error) {
      const skip = error instanceof Skip;
      const result = skip ? (error.optional ? 'not run' : 'skip') : 'fail';
      results.push({ name, result, message: error.message });
      log(`${skip ? 'SKIP' : 'FAIL'}  ${name}: ${error.message}`);
    }
  }

  const state = {};
  const stockOf = async (sku, storeId) => {
    const res = await request('GET', '/availability', {
      query: { skus: [sku], stores: [storeId] },
    });
    return expect(res, '/availability', 'GET', 200).availability.find(
      (e) => e.sku === sku && e.storeId === storeId,
    );
  };
  const customer = { name: 'Aisle Check', email: 'check-api@example.com' };
  const consent = { terms: true, marketing: false };
  const need = (value, what) => {
    if (!value) throw new Skip(`needs ${what} from an earlier check`);
    return value;
  };

  return {
    contract,
    results,
    unreadable,
    cleanup,
    newKey,
    request,
    expect,
    assert,
    check,
    state,
    stockOf,
    customer,
    consent,
    need,
  };
}
