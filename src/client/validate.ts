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
 */
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
  bool,
  checked,
  checkedList,
  count,
  date,
  dateTime,
  dropInvalid,
  id,
  isObject,
  list,
  num,
  oneOf,
  opt,
  shape,
  str,
  time,
  timezone,
} from './validate-base.js';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const STATUSES: readonly StockStatus[] = ['in_stock', 'low_stock', 'out_of_stock'];

const address = shape<Address>({
  line1: id,
  postalCode: str,
  city: id,
  country: id,
  line2: opt(str),
  region: opt(str),
});

const latLng = shape<LatLng>({ lat: num(-90, 90), lng: num(-180, 180) });

const weekly = shape<WeeklyHours>({ day: oneOf(WEEKDAYS), opens: time, closes: time });

const exceptions = list(
  shape<HoursException>({
    date,
    closed: opt(bool),
    opens: opt(time),
    closes: opt(time),
    label: opt(str),
  }),
);

const hours = shape<StoreHours>({
  weekly: list(weekly),
  // Lenient on one point: a back end with no exceptions may omit the list.
  exceptions: (v, path) => (v == null ? [] : exceptions(v, path)),
});

const pickup = shape<PickupSettings>({
  enabled: bool,
  prepMinutes: count(),
  holdMinutes: count(),
  slots: bool,
  cutoff: opt(time),
  keepDays: opt(count()),
});

const store = shape<Store>({
  id,
  name: id,
  address,
  location: latLng,
  timezone,
  services: list(str),
  hours,
  pickup,
  phone: opt(str),
  email: opt(str),
  url: opt(str),
  distanceKm: opt(num(0)),
});

const entry = shape<AvailabilityEntry>({
  sku: id,
  storeId: id,
  status: oneOf(STATUSES),
  updatedAt: dateTime,
  quantity: opt(count()),
  restockDate: opt(date),
  pickupReadyAt: opt(dateTime),
});

export function validateStore(json: unknown): Store {
  return checked('store', store, json);
}

export function validateStoreList(json: unknown): Store[] {
  return checkedList(json, 'store', 'stores', store);
}

export function validateAvailabilityEntry(json: unknown): AvailabilityEntry {
  return checked('availability entry', entry, json);
}

/** Invalid entries are dropped: that (sku, store) pair then reads as unknown. */
export function validateAvailabilityList(json: unknown): AvailabilityEntry[] {
  return checkedList(json, 'availability', 'availability', entry, 'availability entry');
}

/** A lenient field of a problem: anything but a string reads as absent. */
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

type ProblemExtras = Omit<Problem, 'title' | 'status' | 'code'>;
const problemExtras = shape<ProblemExtras>({
  type: text,
  detail: text,
  instance: text,
  alternatives: (v) => (Array.isArray(v) ? dropInvalid(v, 'alternative', entry) : undefined),
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
