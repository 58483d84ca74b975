/**
 * Guards for the reservation side of the contract (slots, holds, reservations).
 */
import type { Hold, PickupSlot, Reservation } from './types.js';
import {
  checked,
  count,
  dateTime,
  dropInvalid,
  id,
  listItems,
  obj,
  oneOf,
  opt,
  withOptional,
} from './validate-base.js';

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

export function validateSlotList(json: unknown): PickupSlot[] {
  return checked('slot list', () => dropInvalid(listItems(json, 'slots'), 'slot', slot));
}

export function validateHold(json: unknown): Hold {
  return checked('hold', () => hold(json, '$'));
}

export function validateReservation(json: unknown): Reservation {
  return checked('reservation', () => reservation(json, '$'));
}
