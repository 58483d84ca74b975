/**
 * The confirmation step's template: the reservation code and its QR code (an SVG path built from
 * data), ready-at and pick-up-by times, the store's address and weekly hours, "add to calendar"
 * and "cancel reservation". Also the pickup calendar event for ics.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Reservation, Store } from '../../client/types.js';
import { pickupDeadline } from '../../client/validate-reservations.js';
import { failureText, type ReserveElementMessages as Messages } from './dialog-messages.js';
import { formatClock } from '../../hours/format-time.js';
import { weeklyTable, type WeeklyRow } from '../../hours/table.js';
import { hoursPublished, openIntervals } from '../../hours/schedule.js';
import { addDays, dateKeyNoonUtc, dateKeyOf, daysBetween } from '../../hours/zoned.js';
import { formatDate } from '../../i18n/format.js';
import { languageOf } from '../../i18n/locale.js';
import { buildIcs, downloadIcs, type IcsEvent } from './ics.js';
import { zoneNote } from '../../hours/zone-note.js';
import { slotText } from './store-step.js';
import type { QrPath } from './qr.js';

/** Length of the calendar event when the reservation has no slot. */
const PICKUP_EVENT_MINUTES = 30;

/** When the reservation is ready (ms): its `readyAt`, or now when that is past ("ready now"). */
const readyFrom = (r: Reservation) => Math.max(Date.parse(r.readyAt), Date.now());

export interface ConfirmationView {
  msg: Messages;
  locale: string;
  reservation: Reservation;
  /** What it is of: the product's name the button knows, else its SKU. */
  product: string;
  store?: Store;
  /** The store could not be read: asks again (else its place says "Loading…"). */
  storeRetry?: (() => void) | undefined;
  qr?: QrPath;
  busy: boolean;
  /** "Cancel reservation" was pressed once: the shopper is asked to confirm. */
  asking: boolean;
  notice?: string;
  onCalendar(): void;
  /** The first press asks; the second ("Yes, cancel it") cancels. */
  onCancel(): void;
  onKeep(): void;
  /** A reservation found collected or expired: starts a new one. */
  onAnother(): void;
}

/** The device's time zone (a time shown before the store, and its zone, is known). */
const deviceZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * What was reserved: "2 × Oak chair". The quantity only as the reservation has it (a provider's
 * reservation without one shows the product alone).
 */
export function reservedItem(msg: Messages, r: Reservation, product: string): string {
  return msg.reserveItem(product, typeof r.quantity === 'number' ? r.quantity : undefined);
}

/**
 * "Tuesday, November 24 at 5:30 PM" / "Wednesday 15 July at 09:00" / "mardi 24 novembre à
 * 17 h 30" in the store's time zone (the device's until the store is known): the time takes the
 * same form as the badge and the store hours (two-digit hours in 24-hour English, as every
 * browser writes them there; the French typographic form). Other languages get their own `Intl`
 * sentence. On a device in another zone than the store's at that date (a shopper travelling),
 * the zone is named: "… at 12:00 GMT+1", "… à 12 h 00 (UTC+1)".
 */
export function formatWhen(locale: string, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const zone = timeZone ?? deviceZone();
  const fr = languageOf(locale) === 'fr';
  if (!fr && !/^en\b/i.test(locale)) {
    return formatDate(locale, date, zone, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: 'numeric',
      minute: '2-digit',
      ...(zoneNote(locale, date, zone) ? { timeZoneName: 'short' } : {}),
    });
  }
  const when = `${formatDate(locale, date, zone)} ${fr ? 'à' : 'at'} ${formatClock(locale, date, zone)}`;
  return when + zoneNote(locale, date, zone);
}

function qrCode(msg: Messages, code: string, qr: QrPath | undefined): TemplateResult {
  if (!qr) return html`<div class="qr placeholder" part="qr"></div>`;
  return html`<svg
    part="qr"
    class="qr"
    role="img"
    aria-label=${msg.reserveQrLabel(code)}
    viewBox="0 0 ${qr.size} ${qr.size}"
    shape-rendering="crispEdges"
  >
    ${svg`<rect width=${qr.size} height=${qr.size} fill="#fff"></rect>
      <path d=${qr.d} fill="#000"></path>`}
  </svg>`;
}

/**
 * A day's hours with each range on one line ("9 h 00 – 20 h 00", never "9 h 00 –" then
 * "20 h 00"); a narrow screen breaks between ranges and before the note instead.
 */
const rangeCell = (row: WeeklyRow) =>
  html`${row.ranges
    .split(', ')
    .map((r, i) => html`${i ? ', ' : ''}<span class="range">${r}</span>`)}${
    row.note ? ` (${row.note})` : ''
  }`;

/**
 * The store's hours on each day of the pickup window, from the day it is ready (today at the
 * earliest) to the last day to collect it (two weeks at most), holidays and special hours
 * applied and named. A store that publishes no hours: "Hours not available" once, as its first
 * row, and only its dated exceptions (a holiday closure) after it.
 */
function hoursTable(msg: Messages, locale: string, store: Store, r: Reservation): TemplateResult {
  const day = (t: number) => dateKeyOf(new Date(t), store.timezone);
  const from = readyFrom(r);
  const days = Math.min(Math.max(daysBetween(day(from), day(Date.parse(r.pickupBy))) + 1, 1), 14);
  let rows = weeklyTable(store, new Date(from), locale, days);
  const unknown = !hoursPublished(store) && rows.find((row) => !row.exception);
  if (unknown) rows = rows.filter((row) => row.exception);
  return html`<table part="hours" class="hours">
    <caption>
      ${msg.reserveHours}
    </caption>
    <tbody>
      ${
        unknown
          ? html`<tr>
              <td colspan="2">${unknown.ranges}</td>
            </tr>`
          : nothing
      }
      ${rows.map(
        (row) =>
          html`<tr>
            <th scope="row">
              ${formatDate(locale, dateKeyNoonUtc(row.date), 'UTC', {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
              })}
            </th>
            <td>${rangeCell(row)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * What the step's heading is described by on the confirmation (the focus moves to it): its status
 * line, what was reserved, the store, the code and the pickup times (and a warning when the
 * pick-up-by time is already past), so a screen reader reads them with the heading (WCAG 4.1.3),
 * not only "Confirmation". A part not shown (no pick-up-by time, the store still loading) is left
 * out by the browser.
 */
export const CONFIRMATION_SUMMARY =
  'sum-status sum-item sum-store sum-code-label sum-code sum-ready sum-by sum-by-passed';

export function confirmationStep(v: ConfirmationView): TemplateResult {
  const { msg, reservation: r, store } = v;
  const tz = store?.timezone;
  const over = r.status !== 'confirmed';
  const by = pickupDeadline(r);
  return html`
    <p part="confirmed" class="confirmed" id="sum-status">
      ${
        over
          ? r.status === 'collected'
            ? msg.reserveCollected
            : msg.reserveLapsed
          : msg.reserveConfirmed
      }
    </p>
    <p part="item" id="sum-item">${reservedItem(msg, r, v.product)}</p>
    ${v.notice ? html`<p role="alert" part="error" class="error">${v.notice}</p>` : nothing}
    <div class="code-block">
      ${qrCode(msg, r.code, v.qr)}
      <div>
        <span class="label" id="sum-code-label">${msg.reserveCode}</span>
        <strong part="code" class="code" id="sum-code">${r.code}</strong>
        <p part="ready-at" id="sum-ready">
          ${
            // A booked slot shows as its window, as the store step listed it.
            r.slot
              ? msg.reserveSlotBooked(slotText(msg, v.locale, r.slot, tz ?? deviceZone()))
              : Date.parse(r.readyAt) > Date.now()
                ? msg.reserveReadyAt(formatWhen(v.locale, r.readyAt, tz))
                : msg.reserveReadyNow
          }
        </p>
        ${
          by
            ? html`<p part="pickup-by" id="sum-by">
                ${msg.reservePickupBy(formatWhen(v.locale, r.pickupBy, tz))}
              </p>`
            : nothing
        }
        ${
          // Already past as it shows (a lying API, a clock far off): the reservation still
          // stands, and the shopper is told to ask the store.
          by && !over && by <= Date.now()
            ? html`<p part="error" class="error" id="sum-by-passed">${msg.reservePickupPassed}</p>`
            : nothing
        }
      </div>
    </div>
    ${
      store
        ? html`<address part="address" class="address">
              <strong id="sum-store">${store.name}</strong><br />
              ${store.address.line1}<br />
              ${store.address.line2 ? html`${store.address.line2}<br />` : nothing}
              ${`${store.address.postalCode} ${store.address.city}`}
            </address>
            ${hoursTable(msg, v.locale, store, r)}`
        : v.storeRetry
          ? html`<p role="alert" part="error" class="error">
                ${failureText(msg, msg.reserveStoreUnreadable)}
              </p>
              <button type="button" part="retry" @click=${v.storeRetry}>${msg.retry}</button>`
          : html`<p class="muted">${msg.loading}</p>`
    }
    ${over ? anotherButton(msg, v.onAnother) : cancelActions(v)}
  `;
}

function cancelActions(v: ConfirmationView): TemplateResult {
  const { msg } = v;
  return html`
    <div class="actions">
      ${
        v.asking
          ? html`<p part="cancel-question" role="alert">${msg.reserveCancelAsk}</p>`
          : // A double click's second click (detail 2) would download the file again.
            html`<button
              type="button"
              class="secondary"
              part="calendar"
              @click=${(e: MouseEvent) => e.detail < 2 && v.onCalendar()}
            >
              ${msg.reserveAddToCalendar}
            </button>`
      }
      <!-- The same button asks, then confirms: the focus stays on it. A double click's (or
        double tap's) second click only asked, on a phone it lands on "Yes, cancel it" or, the
        question scrolled into view, on "Keep my reservation": ignored, as is Enter held down (its
        repeats would click). -->
      <button
        type="button"
        class="danger"
        part="cancel"
        aria-disabled=${v.busy}
        @click=${(e: MouseEvent) => e.detail < 2 && v.onCancel()}
        @keydown=${(e: KeyboardEvent) => e.repeat && e.preventDefault()}
      >
        ${v.busy ? msg.reserveCancelling : v.asking ? msg.reserveCancelYes : msg.reserveCancel}
      </button>
      ${
        v.asking && !v.busy
          ? html`<button
              type="button"
              class="secondary"
              part="keep"
              @click=${(e: MouseEvent) => e.detail < 2 && v.onKeep()}
            >
              ${msg.reserveKeep}
            </button>`
          : nothing
      }
    </div>
  `;
}

const anotherButton = (msg: Messages, onAnother: () => void) =>
  html`<button type="button" class="primary" part="another primary" @click=${onAnother}>
    ${msg.reserveAnother}
  </button>`;

/** The status line that describes the cancelled step's heading (steps.ts). */
export const CANCELLED_SUMMARY = 'sum-cancelled';

/**
 * The cancelled step: which reservation is cancelled ("Reservation EMA-WDW is cancelled."). Its
 * heading ("Reservation cancelled", named by its own text: WCAG 2.5.3) takes the focus, described
 * by this line, which is no live region: said once, with the heading.
 */
export function cancelledStep(msg: Messages, code: string, onAnother: () => void): TemplateResult {
  return html`<p part="cancelled" id=${CANCELLED_SUMMARY}>${msg.reserveCancelled(code)}</p>
    ${anotherButton(msg, onAnother)}`;
}

/**
 * Without a slot, the event lasts half an hour from the ready time, but never past the store's
 * closing (a reservation ready 15 minutes before closing) nor past the pick-up-by time.
 */
function openEventEnd(reservation: Reservation, store: Store | undefined): Date {
  const start = new Date(reservation.readyAt).getTime();
  const ends = [start + PICKUP_EVENT_MINUTES * 60_000, pickupDeadline(reservation) ?? Infinity];
  if (store) {
    const day = dateKeyOf(new Date(start), store.timezone);
    const open = openIntervals(store, addDays(day, -1), day).find(
      (i) => i.start.getTime() <= start && start < i.end.getTime(),
    );
    if (open) ends.push(open.end.getTime());
  }
  const end = Math.min(...ends);
  return new Date(end > start ? end : start + PICKUP_EVENT_MINUTES * 60_000);
}

/** The pickup as a calendar event: the slot if there is one, else from the ready-at time. */
export function pickupEvent(
  msg: Messages,
  locale: string,
  reservation: Reservation,
  store: Store | undefined,
  product: string,
): IcsEvent {
  const start = new Date(reservation.slot?.start ?? reservation.readyAt);
  const end = reservation.slot ? new Date(reservation.slot.end) : openEventEnd(reservation, store);
  const a = store?.address;
  const item = reservedItem(msg, reservation, product);
  const location =
    store && a
      ? [store.name, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country]
          .filter(Boolean)
          .join(', ')
      : undefined;
  return {
    uid: `reservation-${reservation.id}@aisle`,
    start,
    end,
    summary: msg.reserveCalendarSummary(item, store?.name),
    description: `${item}\n${msg.reserveCalendarDescription(
      reservation.code,
      pickupDeadline(reservation) === undefined
        ? undefined
        : formatWhen(locale, reservation.pickupBy, store?.timezone),
    )}`,
    ...(location ? { location } : {}),
    ...(store?.url ? { url: store.url } : {}),
  };
}

/** Downloads the pickup as an `.ics` file ("Add to calendar"). */
export function downloadPickup(
  msg: Messages,
  locale: string,
  reservation: Reservation,
  store: Store | undefined,
  about: { product: string },
): void {
  const event = pickupEvent(msg, locale, reservation, store, about.product);
  downloadIcs(`reservation-${reservation.code}.ics`, buildIcs(event));
}
