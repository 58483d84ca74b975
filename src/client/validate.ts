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
  count,
  date,
  dateTime,
  dropInvalid,
  id,
  listItems,
  num,
  obj,
  oneOf,
  opt,
  str,
  time,
  timezone,
  withOptional,
  type Json,
} from './validate-base.js';

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
