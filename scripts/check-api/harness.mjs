/** What every check uses: HTTP with the contract's headers, contract assertions, pass/fail lines. */
import { loadContract } from './contract.mjs';

/** A check that could not run (NOT RUN); `optional` when the run chose not to (no --wait-for-expiry). */
export class Skip extends Error {
  /** `noProduct`: the answers were valid, but no product given qualified (the --skus hint). */
  constructor(message, { optional = false, noProduct = false } = {}) {
    super(message);
    this.optional = optional;
    this.noProduct = noProduct;
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

  const warned = new Set();
  let warnings = [];
  /** A departure the elements tolerate: WARN on the check's line, once per run. */
  const warn = (message) => {
    if (!warned.has(message)) warnings.push(message);
    warned.add(message);
  };

  /**
   * Asserts the status, then the response against the contract. A list as a bare array is
   * unwrapped (the elements accept it) and named: a warning, a failure with `strict`. The
   * Failure carries the readable body, for checks that go on with what they can get.
   */
  function expect(res, path, method, status, code) {
    const key = Array.isArray(res.body) && contract.envelopeOf(path, method, status);
    const body = key ? { [key]: res.body } : res.body;
    const bare = key && `expected an envelope {"${key}": [...]}, got an array`;
    if (bare && !strict) warn(`${bare} (the elements accept it; --strict fails it)`);
    const fail = (message) => {
      throw Object.assign(new Failure(message), { body });
    };
    if (res.status !== status) {
      const why = res.body?.code ? ` (${res.body.code}: ${res.body.detail ?? res.body.title})` : '';
      // A success with another status: what its body lacks too, so that one run shows it all.
      const also =
        res.status < 300 && status < 300 && !why
          ? contract.validate(path, method, { ...res, status, body })
          : [];
      fail(
        `expected ${status}, got ${res.status}${why}${also.length ? `; and as a ${status}: ${also.join('; ')}` : ''}`,
      );
    }
    const errors = [
      ...(bare && strict ? [bare] : []),
      ...contract.validate(path, method, { ...res, body }),
    ];
    if (errors.length) fail(`does not match the contract: ${errors.join('; ')}`);
    if (code !== undefined && body?.code !== code) {
      fail(`expected problem code "${code}", got "${body?.code}"`);
    }
    return body;
  }
  const assert = (ok, message) => {
    if (!ok) throw new Failure(message);
  };

  async function check(name, fn) {
    warnings = [];
    try {
      const note = await fn();
      results.push({ name, result: 'pass', ...(warnings.length ? { warnings } : {}) });
      const tag = warnings.length ? `WARN  ${name}: ${warnings.join('; ')}` : `PASS  ${name}`;
      log(`${tag}${note ? `  (${note})` : ''}`);
    } catch (error) {
      const skip = error instanceof Skip;
      const result = skip ? (error.optional ? 'not run' : 'skip') : 'fail';
      const message = [error.message, ...(skip ? [] : warnings)].join('; ');
      results.push({
        name,
        result,
        message,
        ...(skip && error.noProduct ? { noProduct: true } : {}),
      });
      log(`${skip ? 'NOT RUN' : 'FAIL'}  ${name}: ${message}`);
    }
  }

  const state = {};
  /** The pair's entry, or undefined when the answer is not the contract's (a check names that). */
  const stockOf = async (sku, storeId) => {
    const res = await request('GET', '/availability', {
      query: { skus: [sku], stores: [storeId] },
    });
    try {
      return expect(res, '/availability', 'GET', 200).availability.find(
        (e) => e.sku === sku && e.storeId === storeId,
      );
    } catch (error) {
      if (error instanceof Failure) return undefined;
      throw error;
    }
  };
  /** Asserts a stock change; not run when GET /availability gave no quantity to compare. */
  const assertStock = (before, after, expected, what) => {
    const read = (e) => e?.quantity;
    if (typeof read(before) !== 'number' || typeof read(after) !== 'number') {
      throw new Skip(
        `the stock ${what} could not be read: GET /availability gave no valid quantity`,
      );
    }
    assert(
      read(after) === expected(read(before)),
      `quantity ${read(before)} -> ${read(after)} ${what}`,
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
    assertStock,
    warn,
    customer,
    consent,
    need,
  };
}
