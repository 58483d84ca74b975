/**
 * Precise hand-written guards for every response of the contract (a schema library would cost
 * more bytes than these few functions). A value that does not match becomes an
 * `AisleApiError('invalid-response')`: never a crash, never a wrong "in stock".
 *
 * Guards copy only the fields the contract names into fresh objects, so nothing unexpected
 * (extra keys, prototypes) reaches the elements.
 *
 * Lists: one bad item must not blank a whole page of badges. An invalid availability entry is
 * dropped (that pair becomes "unknown", which the badge never shows as in stock); an invalid
 * store or slot is dropped likewise. Each list logs at most one warning. A list response that is
 * not a list at all is an error.
 */
import { AisleApiError } from './errors.js';
import type {
  Address,
  AvailabilityEntry,
  Hold,
  HoursException,
  LatLng,
  PickupSettings,
  PickupSlot,
  Problem,
  Reservation,
  StockStatus,
  Store,
  StoreHours,
  Weekday,
  WeeklyHours,
} from './types.js';

/** Internal: a guard failed at `path`. Converted to AisleApiError at the public boundary. */
class Mismatch extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

type Json = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new Mismatch(path, expected);
}

function obj(v: unknown, path: string): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Json)
    : fail(path, 'an object');
}

function arr(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'an array');
}

function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'a string');
}

/** A non-empty string (ids, names, codes). */
function id(v: unknown, path: string): string {
  return typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string');
}

function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path, 'a boolean');
}

function num(v: unknown, path: string, min = -Infinity, max = Infinity): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
    ? v
    : fail(path, `a number in [${min}, ${max}]`);
}

/** A whole number >= min (quantities, minutes, capacities). */
function count(v: unknown, path: string, min = 0): number {
  return Number.isInteger(v) && (v as number) >= min
    ? (v as number)
    : fail(path, `an integer >= ${min}`);
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v)
    ? (v as T)
    : fail(path, `one of ${allowed.join(', ')}`);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** ISO 8601 date-time with an offset (the contract's `date-time`). */
function dateTime(v: unknown, path: string): string {
  return typeof v === 'string' && DATE_TIME.test(v) && Number.isFinite(Date.parse(v))
    ? v
    : fail(path, 'an ISO 8601 date-time');
}

/** Calendar date "YYYY-MM-DD" that exists. */
function date(v: unknown, path: string): string {
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

function time(v: unknown, path: string): string {
  return typeof v === 'string' && TIME.test(v) ? v : fail(path, 'a local time HH:MM');
}

const validZones = new Set<string>();
function timezone(v: unknown, path: string): string {
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
function opt<T>(
  o: Json,
  key: string,
  path: string,
  guard: (v: unknown, p: string) => T,
): T | undefined {
  const v = o[key];
  return v === undefined || v === null ? undefined : guard(v, `${path}.${key}`);
}

/** Assigns only defined optional values, so objects have no `key: undefined` noise. */
function withOptional<T extends object>(target: T, extras: Partial<T>): T {
  for (const [k, v] of Object.entries(extras)) {
    if (v !== undefined) (target as Json)[k] = v;
  }
  return target;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const STATUSES: readonly StockStatus[] = ['in_stock', 'low_stock', 'out_of_stock'];

function address(v: unknown, path: string): Address {
  const o = obj(v, path);
  return withOptional<Address>(
    {
      line1: id(o.line1, `${path}.line1`),
      postalCode: str(o.postalCode, `${path}.postalCode`),
      city: id(o.city, `${path}.city`),
      country: id(o.country, `${path}.country`),
    },
    { line2: opt(o, 'line2', path, str), region: opt(o, 'region', path, str) },
  );
}

function latLng(v: unknown, path: string): LatLng {
  const o = obj(v, path);
  return { lat: num(o.lat, `${path}.lat`, -90, 90), lng: num(o.lng, `${path}.lng`, -180, 180) };
}

function weekly(v: unknown, path: string): WeeklyHours {
  const o = obj(v, path);
  return {
    day: oneOf(o.day, `${path}.day`, WEEKDAYS),
    opens: time(o.opens, `${path}.opens`),
    closes: time(o.closes, `${path}.closes`),
  };
}

function exception(v: unknown, path: string): HoursException {
  const o = obj(v, path);
  return withOptional<HoursException>(
    { date: date(o.date, `${path}.date`) },
    {
      closed: opt(o, 'closed', path, bool),
      opens: opt(o, 'opens', path, time),
      closes: opt(o, 'closes', path, time),
      label: opt(o, 'label', path, str),
    },
  );
}

function hours(v: unknown, path: string): StoreHours {
  const o = obj(v, path);
  return {
    weekly: arr(o.weekly, `${path}.weekly`).map((w, i) => weekly(w, `${path}.weekly[${i}]`)),
    // Lenient on one point: a back end with no exceptions may omit the list.
    exceptions: (o.exceptions == null ? [] : arr(o.exceptions, `${path}.exceptions`)).map((e, i) =>
      exception(e, `${path}.exceptions[${i}]`),
    ),
  };
}

function pickup(v: unknown, path: string): PickupSettings {
  const o = obj(v, path);
  return withOptional<PickupSettings>(
    {
      enabled: bool(o.enabled, `${path}.enabled`),
      prepMinutes: count(o.prepMinutes, `${path}.prepMinutes`),
      holdMinutes: count(o.holdMinutes, `${path}.holdMinutes`),
      slots: bool(o.slots, `${path}.slots`),
    },
    { cutoff: opt(o, 'cutoff', path, time), keepDays: opt(o, 'keepDays', path, count) },
  );
}

function store(v: unknown, path: string): Store {
  const o = obj(v, path);
  return withOptional<Store>(
    {
      id: id(o.id, `${path}.id`),
      name: id(o.name, `${path}.name`),
      address: address(o.address, `${path}.address`),
      location: latLng(o.location, `${path}.location`),
      timezone: timezone(o.timezone, `${path}.timezone`),
      services: arr(o.services, `${path}.services`).map((s, i) => str(s, `${path}.services[${i}]`)),
      hours: hours(o.hours, `${path}.hours`),
      pickup: pickup(o.pickup, `${path}.pickup`),
    },
    {
      phone: opt(o, 'phone', path, str),
      email: opt(o, 'email', path, str),
      url: opt(o, 'url', path, str),
      distanceKm: opt(o, 'distanceKm', path, (d, p) => num(d, p, 0)),
    },
  );
}

function entry(v: unknown, path: string): AvailabilityEntry {
  const o = obj(v, path);
  return withOptional<AvailabilityEntry>(
    {
      sku: id(o.sku, `${path}.sku`),
      storeId: id(o.storeId, `${path}.storeId`),
      status: oneOf(o.status, `${path}.status`, STATUSES),
      updatedAt: dateTime(o.updatedAt, `${path}.updatedAt`),
    },
    {
      quantity: opt(o, 'quantity', path, count),
      restockDate: opt(o, 'restockDate', path, date),
      pickupReadyAt: opt(o, 'pickupReadyAt', path, dateTime),
    },
  );
}

function slot(v: unknown, path: string): PickupSlot {
  const o = obj(v, path);
  return {
    id: id(o.id, `${path}.id`),
    start: dateTime(o.start, `${path}.start`),
    end: dateTime(o.end, `${path}.end`),
    remaining: count(o.remaining, `${path}.remaining`),
  };
}

function hold(v: unknown, path: string): Hold {
  const o = obj(v, path);
  return withOptional<Hold>(
    {
      id: id(o.id, `${path}.id`),
      sku: id(o.sku, `${path}.sku`),
      storeId: id(o.storeId, `${path}.storeId`),
      quantity: count(o.quantity, `${path}.quantity`, 1),
      status: oneOf(o.status, `${path}.status`, ['held', 'released', 'expired', 'confirmed']),
      expiresAt: dateTime(o.expiresAt, `${path}.expiresAt`),
    },
    { slotId: opt(o, 'slotId', path, id) },
  );
}

function reservation(v: unknown, path: string): Reservation {
  const o = obj(v, path);
  return withOptional<Reservation>(
    {
      id: id(o.id, `${path}.id`),
      code: id(o.code, `${path}.code`),
      status: oneOf(o.status, `${path}.status`, ['confirmed', 'cancelled', 'collected', 'expired']),
      sku: id(o.sku, `${path}.sku`),
      storeId: id(o.storeId, `${path}.storeId`),
      quantity: count(o.quantity, `${path}.quantity`, 1),
      readyAt: dateTime(o.readyAt, `${path}.readyAt`),
      pickupBy: dateTime(o.pickupBy, `${path}.pickupBy`),
    },
    { slot: opt(o, 'slot', path, slot) },
  );
}

/** Turns a guard failure into the public error type; anything else is rethrown. */
function checked<T>(what: string, run: () => T): T {
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
function listItems(json: unknown, key: string): unknown[] {
  if (Array.isArray(json)) return json;
  const o = obj(json, '$');
  return arr(o[key], `$.${key}`);
}

/** Validates each item; invalid ones are dropped with one warning for the whole list. */
function dropInvalid<T>(items: unknown[], what: string, guard: (v: unknown, p: string) => T): T[] {
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

export function validateStore(json: unknown): Store {
  return checked('store', () => store(json, '$'));
}

export function validateStoreList(json: unknown): Store[] {
  return checked('store list', () => dropInvalid(listItems(json, 'stores'), 'store', store));
}

export function validateAvailabilityEntry(json: unknown): AvailabilityEntry {
  return checked('availability entry', () => entry(json, '$'));
}

/** Invalid entries are dropped: that (sku, store) pair then reads as unknown. */
export function validateAvailabilityList(json: unknown): AvailabilityEntry[] {
  return checked('availability list', () =>
    dropInvalid(listItems(json, 'availability'), 'availability entry', entry),
  );
}

export function validateSlotList(json: unknown): PickupSlot[] {
  return checked('slot list', () => dropInvalid(listItems(json, 'slots'), 'slot', slot));
}

export function validateHold(json: unknown): Hold {
  return checked('hold', () => hold(json, '$'));
}

export function validateReservation(json: unknown): Reservation {
  return checked('reservation', () => reservation(json, '$'));
}

/**
 * Reads an RFC 9457 problem. Returns undefined when the body is not a usable problem (no stable
 * `code`): the caller then reports a plain HTTP error. `status` and `title` fall back to the
 * response's own.
 */
export function readProblem(
  json: unknown,
  status: number,
  statusText: string,
): Problem | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const o = json as Json;
  if (typeof o.code !== 'string' || !o.code.trim()) return undefined;
  const alternatives = Array.isArray(o.alternatives)
    ? dropInvalid(o.alternatives, 'alternative', entry)
    : undefined;
  return withOptional<Problem>(
    {
      title: typeof o.title === 'string' ? o.title : statusText,
      status: Number.isInteger(o.status) ? (o.status as number) : status,
      code: o.code,
    },
    {
      type: typeof o.type === 'string' ? o.type : undefined,
      detail: typeof o.detail === 'string' ? o.detail : undefined,
      instance: typeof o.instance === 'string' ? o.instance : undefined,
      alternatives,
    },
  );
}
