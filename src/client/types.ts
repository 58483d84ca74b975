/**
 * The data model of the availability API contract (v1), as the SDK sees it after validation.
 * `api/openapi.yaml` is the normative description; these types mirror it one to one.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Address {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  region?: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

export interface LatLng {
  lat: number;
  lng: number;
}

export interface WeeklyHours {
  day: Weekday;
  /** Local time "HH:MM" in the store's time zone. */
  opens: string;
  /** Local time "HH:MM"; earlier than `opens` means the range runs past midnight. */
  closes: string;
}

export interface HoursException {
  /** Local date "YYYY-MM-DD". */
  date: string;
  closed?: boolean;
  opens?: string;
  closes?: string;
  /** Optional label, e.g. a public holiday's name. */
  label?: string;
}

export interface StoreHours {
  weekly: WeeklyHours[];
  exceptions: HoursException[];
}

export interface PickupSettings {
  enabled: boolean;
  /** Minutes of preparation before an order is ready. */
  prepMinutes: number;
  /** Minutes an unconfirmed hold lasts. */
  holdMinutes: number;
  /** Whether the store offers pickup slots (GET /stores/{id}/slots). */
  slots: boolean;
  /** Optional same-day cutoff "HH:MM": orders after it are prepared the next opening day. */
  cutoff?: string;
  /** Days a confirmed reservation is kept for pickup. */
  keepDays?: number;
}

export interface Store {
  id: string;
  name: string;
  address: Address;
  location: LatLng;
  /** IANA time zone, e.g. "Europe/Paris". */
  timezone: string;
  phone?: string;
  email?: string;
  url?: string;
  services: string[];
  hours: StoreHours;
  pickup: PickupSettings;
  /** Present when the query gave a point. */
  distanceKm?: number;
}

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

export interface AvailabilityEntry {
  sku: string;
  storeId: string;
  status: StockStatus;
  quantity?: number;
  /** ISO 8601 date-time. */
  updatedAt: string;
  /** ISO 8601 date. */
  restockDate?: string;
  /** ISO 8601 date-time. */
  pickupReadyAt?: string;
}

export interface PickupSlot {
  id: string;
  /** ISO 8601 date-time. */
  start: string;
  /** ISO 8601 date-time. */
  end: string;
  remaining: number;
}

export interface Hold {
  id: string;
  sku: string;
  storeId: string;
  quantity: number;
  status: 'held' | 'released' | 'expired' | 'confirmed';
  /** ISO 8601 date-time. */
  expiresAt: string;
  slotId?: string;
  /**
   * How far the server's clock was ahead of this device's when it answered, in ms (negative when
   * behind), measured from the answer's `Date` header: the countdown then ends at `expiresAt` by
   * the server's own clock. Set by Aisle's REST provider when the header can be read (same origin,
   * or `Access-Control-Expose-Headers: Date`); never read from the API's JSON.
   */
  clockOffsetMs?: number;
}

export interface Customer {
  name: string;
  email: string;
  phone?: string;
}

export interface Consent {
  terms: boolean;
  marketing: boolean;
}

export interface Reservation {
  id: string;
  code: string;
  status: 'confirmed' | 'cancelled' | 'collected' | 'expired';
  sku: string;
  storeId: string;
  quantity: number;
  /** ISO 8601 date-time. */
  readyAt: string;
  /** ISO 8601 date-time. */
  pickupBy: string;
  slot?: PickupSlot;
}

/** RFC 9457 problem details, with the contract's stable `code`. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  /** On 409 `stock_unavailable`: stores that have the product. */
  alternatives?: AvailabilityEntry[];
  /** On 409 `hold_already_confirmed` (optional): the reservation the hold became. */
  reservationId?: string;
}
