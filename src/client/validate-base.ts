/**
 * The building blocks of the response guards (validate.ts, validate-reservations.ts). A guard
 * reads one value found at a JSON path and returns it typed, or throws a `Mismatch` naming the
 * path. `shape()` makes an object guard from a table of field guards; `list()`, `opt()`, `num()`,
 * `count()` and `oneOf()` make guards from guards or bounds. `checked()` turns a mismatch into
 * the public `AisleApiError`; `dropInvalid()` drops the invalid items of a list with one warning.
 *
 * Everything is bounded, so that a lying API cannot freeze the page: a string has at most 256
 * characters (a hold's, reservation's or slot's id or code, `token`, 2,048), a count at most
 * 1,000,000, and every list keeps its first items up to its cap (`arr()`), the rest dropped with
 * a warning.
 */
import { AisleApiError } from './errors.js';

/** Internal: a guard failed ("<path>: expected ..."). Becomes an AisleApiError when public. */
export class Mismatch extends Error {}

export type Json = Record<string, unknown>;

/** Reads `v`, found at `path`, as a T; throws a Mismatch when it is not one. */
export type Guard<T> = (v: unknown, path: string) => T;

export function fail(path: string, expected: string): never {
  throw new Mismatch(`${path}: expected ${expected}`);
}

/** The guard that lets through the values `ok` accepts; the others are not `expected`. */
function is<T>(expected: string, ok: (v: unknown) => boolean): Guard<T> {
  return (v, path) => (ok(v) ? (v as T) : fail(path, expected));
}

/** The guard of the strings of at most `max` characters (the store id's 256) that `ok` accepts. */
function string(expected: string, ok: (s: string) => boolean, max = 256): Guard<string> {
  return is(
    `${expected} of up to ${max} characters`,
    (v) => typeof v === 'string' && v.length <= max && ok(v),
  );
}

/** A JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const obj = is<Json>('an object', isObject);
export const str = string('a string', () => true);
/** A non-empty string (ids, names, codes). */
export const id = string('a non-empty string', (s) => s.trim() !== '');
/** An opaque hold, reservation or slot id or code: a back end's token may be long. */
export const token = string('a non-empty string', (s) => s.trim() !== '', 2048);
export const bool = is<boolean>('a boolean', (v) => typeof v === 'boolean');

/** A finite number in [min, max]. */
export const num = (min = -Infinity, max = Infinity) =>
  is<number>(
    `a number in [${min}, ${max}]`,
    (v) => Number.isFinite(v) && (v as number) >= min && (v as number) <= max,
  );

/** A whole number in [min, 1,000,000] (quantities, minutes, capacities): never 1e300. */
export const count = (min = 0) =>
  is<number>(
    `an integer in [${min}, 1000000]`,
    (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= 1e6,
  );

export const oneOf = <T extends string>(allowed: readonly T[]) =>
  is<T>(`one of ${allowed.join(', ')}`, (v) => (allowed as readonly unknown[]).includes(v));

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** ISO 8601 date-time with an offset (the contract's `date-time`). */
export const dateTime = string(
  'an ISO 8601 date-time',
  (s) => DATE_TIME.test(s) && Number.isFinite(Date.parse(s)),
);

/** Calendar date "YYYY-MM-DD" that exists. */
export const date = string('a date YYYY-MM-DD', (s) => {
  const m = DATE.exec(s);
  // Date.UTC rolls an impossible day over (02-30 becomes 03-02), so it would not read back.
  return (
    !!m &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(m[0])
  );
});

export const time = string('a local time HH:MM', (s) => TIME.test(s));
/** A web link: http(s) only, never `javascript:` or `data:`. */
export const webUrl = string('an http(s) URL', (s) => /^https?:\/\//i.test(s));

/** One warning per field (not per store of a long list). */
function warnOnce(path: string, message: string): void {
  const field = path.replace(/\[\d+\]/g, '[]');
  if (!warnedFields.has(field)) {
    warnedFields.add(field);
    console.warn(`[aisle] ${message}.`);
  }
}
const warnedFields = new Set<string>();

/**
 * An array, cut to its first `max` items (the contract's `maxItems`): the others are dropped
 * with a warning, so that a lying API cannot make the page render thousands of them.
 */
export function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'an array');
  if (v.length > max) warnOnce(path, `Kept only the first ${max} items of ${path}`);
  return v.slice(0, max);
}

/** An array of at most `max` items (the others dropped), each passing `item` (at `path[i]`). */
export const list =
  <T>(item: Guard<T>, max: number): Guard<T[]> =>
  (v, path) =>
    arr(v, path, max).map((x, i) => item(x, `${path}[${i}]`));

/**
 * An optional field that is only a detail (a phone number, a restock date, a holiday's label):
 * when it is not what the contract says it is left out, with a warning, rather than losing the
 * whole store or entry over it.
 */
export const loose =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (v, path) => {
    try {
      return v == null ? undefined : guard(v, path);
    } catch (e) {
      if (!(e instanceof Mismatch)) throw e;
      warnOnce(path, `Ignored an invalid field in the response (${e.message})`);
      return undefined;
    }
  };

/** An optional field: absent or null reads as undefined, otherwise `guard` applies. */
export const opt =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (v, path) =>
    v == null ? undefined : guard(v, path);

/** One guard per field of T, optional fields included (those take `opt(...)`). */
export type Fields<T> = { [K in keyof T]-?: Guard<T[K]> };

/**
 * An object guard from a table of field guards, checked in table order (the first mismatch
 * names its field: `path.key`). Copies only those fields into a fresh object, so nothing
 * unexpected (extra keys, prototypes) gets through, and leaves out the undefined ones, so the
 * result has no `key: undefined` noise.
 */
export function shape<T extends object>(fields: Fields<T>): Guard<T> {
  return (v, path) => {
    const o = obj(v, path);
    const out: Json = {};
    for (const [key, guard] of Object.entries(fields) as [string, Guard<unknown>][]) {
      const value = guard(o[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}

/** Runs `guard` on a whole response (path `$`); a mismatch becomes the public error type. */
export function checked<T>(what: string, guard: Guard<T>, json: unknown): T {
  try {
    return guard(json, '$');
  } catch (e) {
    if (e instanceof Mismatch) {
      throw new AisleApiError('invalid-response', `Invalid ${what} in the response: ${e.message}`, {
        code: 'invalid_response',
      });
    }
    throw e;
  }
}

/** Validates each item; invalid ones are dropped with one warning for the whole list. */
export function dropInvalid<T>(items: unknown[], what: string, guard: Guard<T>): T[] {
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

/**
 * A list response (the "<what> list"): a bare array, or an envelope `{ <key>: [...] }` (the
 * contract's form); anything else is an invalid response. Past its first `max` items (500 when
 * not said) the list is cut (`arr`); invalid items (each an `item`) are dropped by `dropInvalid`; with
 * `someValid`, a list of items none of which is valid is an invalid response too (broken, not
 * empty).
 */
export function checkedList<T>(
  json: unknown,
  what: string,
  key: string,
  guard: Guard<T>,
  max = 500,
  item = what,
  someValid = false,
): T[] {
  return checked(
    `${what} list`,
    (v, path) => {
      const items = arr(Array.isArray(v) ? v : obj(v, path)[key], `${path}.${key}`, max);
      const valid = dropInvalid(items, item, guard);
      if (someValid && items.length && !valid.length) {
        throw new Mismatch(`${path}: no valid ${item}`);
      }
      return valid;
    },
    json,
  );
}
