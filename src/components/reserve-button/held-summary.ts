/**
 * What the contact step says is held, above its form: quantity × product (the product's name, else
 * its SKU: `product`), the store, and the pickup slot (as the store step listed it) or, without
 * one, the pickup promise (as the badge says it), from what the store step read. Plain text.
 */
import { formatPickupPromise, pickupReadyTime } from '../../hours/pickup.js';
import { joinParts } from '../../i18n/join.js';
import type { ReserveElementMessages as Messages } from './dialog-messages.js';
import type { StoreStepData } from './store-data.js';
import { slotText } from './store-step.js';

/** The id of the summary's line: it describes the contact step's heading, with the countdown. */
export const HELD_WHAT = 'held-what';

/**
 * "2 × Oak chair · Aisle Lyon Vaise · Monday, December 7, 12:30 PM–1:30 PM", or "… · Ready today
 * at 5:30 PM": the item as the confirmation says it (`reserveItem`), the slot as the store step
 * listed it (`slotText`); a held slot the store step did not list (or a store it did not read)
 * leaves its part out.
 */
export function heldSummary(
  msg: Messages,
  locale: string,
  held: { quantity: number; slotId?: string | undefined },
  product: string,
  read: StoreStepData | undefined,
  now = new Date(),
): string {
  const store = read?.here.store;
  let when: string | undefined;
  if (store && held.slotId) {
    const slot = read.slots.find((s) => s.id === held.slotId);
    when = slot && slotText(msg, locale, slot, store.timezone);
  } else if (store) {
    const readyAt = pickupReadyTime(store, read.here.entry, now);
    when = readyAt && formatPickupPromise({ readyAt }, locale, store.timezone, now);
  }
  return joinParts([msg.reserveItem(product, held.quantity), store?.name, when]);
}
