/**
 * Precise guards for every response of the contract, as tables of field guards (a schema
 * library would cost more bytes than these few tables). A value that does not match becomes an
 * `AisleApiError('invalid-response')`: never a crash, never a wrong "in stock".
 *
 * Guards copy only the fields the contract names into fresh objects, so nothing unexpected
 * (extra keys, prototypes) reaches the elements.
 *
 * Lists: one bad item must not blank a whole page of badges. An invalid availability entry is
 * dropped (that pair becomes "unknown", which the badge never shows as in stock); an invalid
 * store or slot is dropped likewise. Each list logs at most one warning. A list response that is
 * not a list at all is an error.
 *
 * Bounds (README "Validation and errors", api/openapi.yaml `maxItems`): each list keeps its first
 * items up to a cap and drops the rest with a warning: a store's services 32, weekly opening
 * ranges 21 (three a day), hours exceptions 366 (a year), a problem's alternatives 20, stores
 * 1,000 (the contract's largest `limit`), availability entries 5,000 (the client's batch: 100 x 50).
 */
import { isValidStoreId } from './ids.js';
import type {
  Address,
  AvailabilityEntry,
  HoursException,
  LatLng,
  PickupSettings,
  Problem,
  StockStatus,
  Store,
  StoreHours,
  Weekday,
  WeeklyHours,
} from './types.js';
import {
  arr,
  bool,
  checked,
  checkedList,
  count,
  date,
  dateTime,
  dropInvalid,
  fail,
  type Guard,
  id,
  isObject,
  list,
  loose,
  num,
  oneOf,
  opt,
  shape,
  str,
  time,
  webUrl,
} from './validate-base.js';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const STATUSES: readonly StockStatus[] = ['in_stock', 'low_stock', 'out_of_stock'];

const address = shape<Address>({
  line1: id,
  postalCode: str,
  city: id,
  country: id,
  line2: loose(str),
  region: loose(str),
});

const latLng = shape<LatLng>({ lat: num(-90, 90), lng: num(-180, 180) });

const weekly = shape<WeeklyHours>({ day: oneOf(WEEKDAYS), opens: time, closes: time });

const exception = shape<HoursException>({
  date,
  closed: opt(bool),
  opens: opt(time),
  closes: opt(time),
  label: loose(str),
});

const hours = shape<StoreHours>({
  weekly: list(weekly, 21),
  // Lenient: a back end with no exceptions may omit the list, and one malformed exception (a
  // date written "25/12/2026") is dropped with a warning instead of losing the whole store.
  exceptions: (v, path) =>
    v == null ? [] : dropInvalid(arr(v, path, 366), 'hours exception', exception),
});

/** The contract's store id rule (ids.ts): the one the shopper's store is kept by, too. */
const storeId = (v: unknown, path: string) =>
  isValidStoreId(v) ? v : fail(path, 'a store id (1 to 256 characters, no quotes or < >)');

const pickup = shape<PickupSettings>({
  enabled: bool,
  prepMinutes: count(),
  holdMinutes: count(),
  slots: bool,
  cutoff: opt(time),
  keepDays: opt(count()),
});

/** A store's name, trimmed: shown, not a key, so one over 256 characters is cut ("…"), not refused. */
const storeName: Guard<string> = (v, path) => {
  const name = typeof v === 'string' ? v.trim() : v;
  return id(typeof name === 'string' && name.length > 256 ? `${name.slice(0, 255)}…` : name, path);
};

const store = shape<Store>({
  id: storeId,
  name: storeName,
  address,
  location: latLng,
  // Any zone: one this browser's Intl does not know (misspelt, or newer than the browser) keeps
  // the store; its hours then make no open-now claim (src/hours, i18n/format.ts `knownZone`).
  timezone: id,
  services: list(str, 32),
  hours,
  pickup,
  phone: loose(str),
  email: loose(str),
  url: loose(webUrl),
  distanceKm: opt(num(0)),
});

const entryFields = shape<AvailabilityEntry>({
  sku: id,
  storeId,
  status: oneOf(STATUSES),
  updatedAt: dateTime,
  quantity: opt(count()),
  restockDate: loose(date),
  pickupReadyAt: loose(dateTime),
});

/**
 * An availability entry. A contradictory one ("in_stock" with quantity 0) reads as out of
 * stock, so that every element says the same thing about it.
 */
const entry: Guard<AvailabilityEntry> = (v, path) => {
  const e = entryFields(v, path);
  return e.quantity === 0 ? { ...e, status: 'out_of_stock' } : e;
};

export function validateStore(json: unknown): Store {
  return checked('store', store, json);
}

/**
 * At most 1,000 stores (the contract's largest `limit`): the rest are dropped. Not the `limit`
 * asked: an API that ignores the order is sorted and cut after the checks.
 */
export function validateStoreList(json: unknown): Store[] {
  // Stores of which not one is valid: "try again", not "no stores within 25 km". (Availability
  // stays per pair: an invalid entry is that pair unknown, whatever else its batch holds.)
  return checkedList(json, 'store', 'stores', store, 1000, 'store', true);
}

export function validateAvailabilityEntry(json: unknown): AvailabilityEntry {
  return checked('availability entry', entry, json);
}

/**
 * Invalid entries are dropped: that (sku, store) pair then reads as unknown. So are those past
 * the first 5,000 (the client's batch: 100 products at 50 stores).
 */
export function validateAvailabilityList(json: unknown): AvailabilityEntry[] {
  return checkedList(json, 'availability', 'availability', entry, 5e3, 'availability entry');
}

/** A lenient field of a problem: anything but a string reads as absent. */
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

type ProblemExtras = Omit<Problem, 'title' | 'status' | 'code'>;
const problemExtras = shape<ProblemExtras>({
  type: text,
  detail: text,
  instance: text,
  alternatives: (v, path) =>
    Array.isArray(v) ? dropInvalid(arr(v, path, 20), 'alternative', entry) : undefined,
  reservationId: text,
});

/**
 * Reads an RFC 9457 problem. Returns undefined when the body is not a usable problem (no stable
 * `code`): the caller then reports a plain HTTP error. `status` and `title` fall back to the
 * response's own; the other fields are left out when they are not what the contract says.
 */
export function readProblem(
  json: unknown,
  status: number,
  statusText: string,
): Problem | undefined {
  if (!isObject(json)) return undefined;
  const code = text(json.code);
  if (!code?.trim()) return undefined;
  return {
    title: text(json.title) ?? statusText,
    status: Number.isInteger(json.status) ? (json.status as number) : status,
    code,
    ...problemExtras(json, '$'),
  };
}
