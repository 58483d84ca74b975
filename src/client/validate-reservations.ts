/**
 * Guards for the reservation side of the contract (slots, holds, reservations).
 */
import type { Hold, PickupSlot, Reservation } from './types.js';
import { checked, checkedList, count, dateTime, id, oneOf, opt, shape } from './validate-base.js';

const slot = shape<PickupSlot>({ id, start: dateTime, end: dateTime, remaining: count() });

const hold = shape<Hold>({
  id,
  sku: id,
  storeId: id,
  quantity: count(1),
  status: oneOf(['held', 'released', 'expired', 'confirmed']),
  expiresAt: dateTime,
  slotId: opt(id),
});

const reservation = shape<Reservation>({
  id,
  code: id,
  status: oneOf(['confirmed', 'cancelled', 'collected', 'expired']),
  sku: id,
  storeId: id,
  quantity: count(1),
  readyAt: dateTime,
  pickupBy: dateTime,
  slot: opt(slot),
});

export function validateSlotList(json: unknown): PickupSlot[] {
  return checkedList(json, 'slot', 'slots', slot);
}

export function validateHold(json: unknown): Hold {
  return checked('hold', hold, json);
}

export function validateReservation(json: unknown): Reservation {
  return checked('reservation', reservation, json);
}
