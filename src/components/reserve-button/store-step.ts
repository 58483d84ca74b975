/**
 * The store step's template: the store, quantity (bounded by what is available), the pickup slot
 * when the store uses slots, the nearest stores that have it when this one cannot, and the hold
 * button. Also the "expired" and "stock gone" panels that lead back to a new hold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PickupSlot } from '../../client/types.js';
import type { ReserveElementMessages as Messages } from './dialog-messages.js';
import { formatClock } from '../../hours/format-time.js';
import { formatDate, formatDistance } from '../../i18n/format.js';
import type { StoreChoice, StoreStepData } from './store-data.js';
import { MAX_QUANTITY } from './store-data.js';
import { zoneNote } from '../../hours/zone-note.js';

export interface StoreStepView {
  msg: Messages;
  locale: string;
  data: StoreStepData;
  quantity: number;
  slotId: string;
  busy: boolean;
  /** A message above the form (stock gone, hold failed), as an alert. */
  notice?: string;
  /** Alternatives from a 409 problem (replace the computed ones). */
  alternatives?: StoreChoice[];
  onQuantity(q: number): void;
  onSlot(id: string): void;
  onHold(): void;
  onChangeStore(): void;
  onPickAlternative(storeId: string): void;
}

/** A pickup slot's day, in the store's time zone: "Monday, December 7". */
function slotDay(locale: string, slot: Pick<PickupSlot, 'start'>, timeZone: string): string {
  return formatDate(locale, new Date(slot.start), timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}

/** A pickup slot's times in the store's time zone: "12:30 PM–1:30 PM", "12 h 30 – 13 h 30". */
function slotTimes(
  msg: Messages,
  locale: string,
  slot: Pick<PickupSlot, 'start' | 'end'>,
  timeZone: string,
): string {
  return msg.reserveTimeRange(
    formatClock(locale, new Date(slot.start), timeZone),
    formatClock(locale, new Date(slot.end), timeZone),
  );
}

/**
 * A pickup slot with its day, as the store step says the chosen one and the confirmation shows
 * it once booked: "Monday, December 7, 12:30 PM–1:30 PM", "lundi 7 décembre, 12 h 30 – 13 h 30",
 * with the store's time zone when the device is in another.
 */
export function slotText(
  msg: Messages,
  locale: string,
  slot: Pick<PickupSlot, 'start' | 'end'>,
  timeZone: string,
): string {
  const times = slotTimes(msg, locale, slot, timeZone);
  const zone = zoneNote(locale, new Date(slot.start), timeZone);
  return msg.reserveSlotRange(slotDay(locale, slot, timeZone), times + zone);
}

/**
 * The slots as options grouped by day: each option says only its times, so the chosen one fits
 * the closed select on a phone at 320 px (with its day, "Monday, December 7, 1:0" was cut off);
 * the day's label names the store's time zone when the device is in another, and the hint under
 * the select says the chosen slot in full.
 */
function slotOptions(v: StoreStepView, timeZone: string): TemplateResult[] {
  const days = new Map<string, PickupSlot[]>();
  for (const slot of v.data.slots) {
    const day = slotDay(v.locale, slot, timeZone);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return [...days].map(
    ([day, slots]) =>
      html`<optgroup label=${day + zoneNote(v.locale, new Date(slots[0]!.start), timeZone)}>
        ${slots.map(
          (s) =>
            html`<option value=${s.id} .selected=${s.id === v.slotId}>
              ${slotTimes(v.msg, v.locale, s, timeZone)}
            </option>`,
        )}
      </optgroup>`,
  );
}

function alternativeList(v: StoreStepView, list: StoreChoice[]): TemplateResult {
  if (!list.length) return html`<p part="note">${v.msg.reserveNoAlternatives}</p>`;
  return html`<p part="note">${v.msg.reserveElsewhere}</p>
    <ul part="alternatives" class="alternatives">
      ${list.map(
        (c) =>
          html`<li>
            <button
              type="button"
              part="alternative"
              class="link"
              @click=${() => v.onPickAlternative(c.store.id)}
            >
              ${v.msg.reserveAlternative(
                c.store.name,
                c.distanceKm === undefined ? undefined : formatDistance(v.locale, c.distanceKm),
                c.entry?.quantity,
              )}
            </button>
          </li>`,
      )}
    </ul>`;
}

/**
 * What the quantity's limit is: the count the API gave ("4 available"), the cap per reservation,
 * or, for "low stock" with no count, the one unit offered then (never a count the API did not give).
 */
function quantityHint(msg: Messages, data: StoreStepData): string {
  const max = data.available;
  if (max === MAX_QUANTITY) return msg.reserveUpTo(max);
  return data.here.entry?.quantity === undefined
    ? msg.reserveLowStockCap(max)
    : msg.reserveAvailable(max);
}

export function storeStep(v: StoreStepView): TemplateResult {
  const { msg, data } = v;
  const { store } = data.here;
  const max = data.available;
  const alternatives = v.alternatives ?? data.alternatives;
  const showAlternatives = alternatives && (!!v.alternatives || max < v.quantity);
  const options = Array.from({ length: max }, (_, i) => i + 1);
  const chosen = v.slotId ? data.slots.find((s) => s.id === v.slotId) : undefined;
  // The slots' options bind the `selected` property: when the chosen slot passes and leaves the
  // list, "As soon as it is ready" shows (with the attribute, Firefox showed the next slot).
  return html`
    ${v.notice ? html`<p role="alert" part="error" class="error">${v.notice}</p>` : nothing}
    <div part="store" class="store">
      <span class="label">${msg.reserveStore}</span>
      <strong>${store.name}</strong>
      <span class="muted"
        >${`${store.address.line1}, ${store.address.postalCode} ${store.address.city}`}</span
      >
      <button type="button" class="link" part="change-store" @click=${v.onChangeStore}>
        ${msg.reserveChangeStore}
      </button>
    </div>
    ${
      max === 0
        ? html`<p part="note">
            ${store.pickup.enabled ? msg.reserveNotHere(store.name) : msg.reserveNoPickup(store.name)}
          </p>`
        : html`
            <div class="field">
              <label for="quantity">${msg.reserveQuantity}</label>
              <select
                id="quantity"
                part="quantity"
                aria-describedby="quantity-hint"
                .value=${String(Math.min(v.quantity, max))}
                @change=${(e: Event) => v.onQuantity(Number((e.target as HTMLSelectElement).value))}
              >
                ${options.map(
                  (n) =>
                    html`<option value=${n} ?selected=${n === Math.min(v.quantity, max)}>
                      ${n}
                    </option>`,
                )}
              </select>
              <span class="hint" id="quantity-hint">${quantityHint(msg, data)}</span>
            </div>
            ${
              data.slots.length
                ? html`<div class="field">
                    <label for="slot">${msg.reserveSlot}</label>
                    <select
                      id="slot"
                      part="slot"
                      aria-describedby=${chosen ? 'slot-hint' : nothing}
                      @change=${(e: Event) => v.onSlot((e.target as HTMLSelectElement).value)}
                    >
                      <option value="" .selected=${!v.slotId}>${msg.reserveSlotFirst}</option>
                      ${slotOptions(v, store.timezone)}
                    </select>
                    ${
                      chosen
                        ? html`<span class="hint" id="slot-hint">
                            ${slotText(msg, v.locale, chosen, store.timezone)}
                          </span>`
                        : nothing
                    }
                  </div>`
                : nothing
            }
            <button
              type="button"
              part="hold primary"
              class="primary"
              aria-disabled=${v.busy}
              @click=${v.onHold}
            >
              ${v.busy ? msg.reserveHolding : msg.reserveHold}
            </button>
          `
    }
    ${showAlternatives ? alternativeList(v, alternatives) : nothing}
  `;
}

/** The hold ran out (or a confirm met 410): say so and offer a new hold. */
export function expiredStep(msg: Messages, message: string, onAgain: () => void): TemplateResult {
  return html`<p role="alert" part="error" class="error">${message}</p>
    <button type="button" part="hold-again primary" class="primary" @click=${onAgain}>
      ${msg.reserveHoldAgain}
    </button>`;
}
