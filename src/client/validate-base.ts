/**
 * The building blocks of the response guards (validate.ts, validate-reservations.ts): typed
 * readers that throw a `Mismatch` naming the JSON path, and the list helpers that drop invalid
 * items with one warning. `checked()` turns a mismatch into the public `AisleApiError`.
 */
import { AisleApiError } from './errors.js';

/** Internal: a guard failed at `path`. Converted to AisleApiError at the public boundary. */
export class Mismatch extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

export type Json = Record<string, unknown>;

export function fail(path: string, expected: string): never {
  throw new Mismatch(path, expected);
}

export function obj(v: unknown, path: string): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Json)
    : fail(path, 'an object');
}

export function arr(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'an array');
}

export function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'a string');
}

/** A non-empty string (ids, names, codes). */
export function id(v: unknown, path: string): string {
  return typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string');
}

export function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path, 'a boolean');
}

export function num(v: unknown, path: string, min = -Infinity, max = Infinity): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
    ? v
    : fail(path, `a number in [${min}, ${max}]`);
}

/** A whole number >= min (quantities, minutes, capacities). */
export function count(v: unknown, path: string, min = 0): number {
  return Number.isInteger(v) && (v as number) >= min
    ? (v as number)
    : fail(path, `an integer >= ${min}`);
}

export function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v)
    ? (v as T)
    : fail(path, `one of ${allowed.join(', ')}`);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** ISO 8601 date-time with an offset (the contract's `date-time`). */
export function dateTime(v: unknown, path: string): string {
  return typeof v === 'string' && DATE_TIME.test(v) && Number.isFinite(Date.parse(v))
    ? v
    : fail(path, 'an ISO 8601 date-time');
}

/** Calendar date "YYYY-MM-DD" that exists. */
export function date(v: unknown, path: string): string {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) {
      return v as string;
    }
  }
  return fail(path, 'a date YYYY-MM-DD');
}

export function time(v: unknown, path: string): string {
  return typeof v === 'string' && TIME.test(v) ? v : fail(path, 'a local time HH:MM');
}

const validZones = new Set<string>();
export function timezone(v: unknown, path: string): string {
  const zone = id(v, path);
  if (validZones.has(zone)) return zone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    fail(path, 'an IANA time zone');
  }
  validZones.add(zone);
  return zone;
}

/** Reads an optional field: absent or null gives undefined, otherwise the guard applies. */
export function opt<T>(
  o: Json,
  key: string,
  path: string,
  guard: (v: unknown, p: string) => T,
): T | undefined {
  const v = o[key];
  return v === undefined || v === null ? undefined : guard(v, `${path}.${key}`);
}

/** Assigns only defined optional values, so objects have no `key: undefined` noise. */
export function withOptional<T extends object>(target: T, extras: Partial<T>): T {
  for (const [k, v] of Object.entries(extras)) {
    if (v !== undefined) (target as Json)[k] = v;
  }
  return target;
}

/** Turns a guard failure into the public error type; anything else is rethrown. */
export function checked<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Mismatch) {
      throw new AisleApiError('invalid-response', `Invalid ${what} in the response: ${e.message}`, {
        code: 'invalid_response',
      });
    }
    throw e;
  }
}

/**
 * The items of a list response: a bare array, or an envelope `{ <key>: [...] }` (the contract's
 * form). Anything else is an invalid response.
 */
export function listItems(json: unknown, key: string): unknown[] {
  if (Array.isArray(json)) return json;
  const o = obj(json, '$');
  return arr(o[key], `$.${key}`);
}

/** Validates each item; invalid ones are dropped with one warning for the whole list. */
export function dropInvalid<T>(
  items: unknown[],
  what: string,
  guard: (v: unknown, p: string) => T,
): T[] {
  const out: T[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    try {
      out.push(guard(item, `[${i}]`));
    } catch (e) {
      if (!(e instanceof Mismatch)) throw e;
      problems.push(e.message);
    }
  });
  if (problems.length) {
    console.warn(
      `[aisle] Dropped ${problems.length} invalid ${what}(s) from the response ` +
        `(first: ${problems[0]}).`,
    );
  }
  return out;
}
