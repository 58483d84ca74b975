/**
 * Guards for the reservation side of the contract (slots, holds, reservations).
 */
import { AisleApiError } from './errors.js';
import type { HoldRequest } from './provider.js';
import type { Hold, PickupSlot, Reservation } from './types.js';
import {
  checked,
  checkedList,
  count,
  dateTime,
  id,
  loose,
  num,
  oneOf,
  opt,
  shape,
  token,
} from './validate-base.js';

const slot = shape<PickupSlot>({ id: token, start: dateTime, end: dateTime, remaining: count() });

const hold = shape<Hold>({
  id: token,
  sku: id,
  storeId: id,
  quantity: count(1),
  status: oneOf(['held', 'released', 'expired', 'confirmed']),
  expiresAt: dateTime,
  slotId: opt(token),
  // Measured by the REST provider (rest-reservations.ts), which ignores any the JSON holds; a
  // retailer's own provider may give one.
  clockOffsetMs: loose(num()),
});

const reservation = shape<Reservation>({
  id: token,
  code: token,
  status: oneOf(['confirmed', 'cancelled', 'collected', 'expired']),
  sku: id,
  storeId: id,
  quantity: count(1),
  readyAt: dateTime,
  pickupBy: dateTime,
  slot: opt(slot),
});

/**
 * The slots, each once (a slot listed twice is shown once), and only those that end after they
 * start; at most 200 (a day in slots of ten minutes), the others dropped.
 */
export function validateSlotList(json: unknown): PickupSlot[] {
  const slots = checkedList(json, 'slot', 'slots', slot, 200);
  return slots.filter(
    (s, i) =>
      Date.parse(s.end) > Date.parse(s.start) && slots.findIndex((t) => t.id === s.id) === i,
  );
}

/**
 * A hold answer, which must be the hold `asked` for and live: another product, store, quantity
 * or pickup slot (when both name one: the contract's `slotId` is optional, and a server may
 * give the first slot to "as soon as it is ready"), or a hold already over, would show the
 * shopper a hold they do not have. An answer
 * that breaks the contract but names its hold puts that id on the error (`holdId`): the server
 * may hold stock under it, which the caller gives back.
 */
export function validateHold(json: unknown, asked?: HoldRequest): Hold {
  try {
    return checkedHold(json, asked);
  } catch (error) {
    const named = (json as { id?: unknown } | null)?.id;
    throw typeof named === 'string' && named
      ? Object.assign(error as object, { holdId: named })
      : error;
  }
}

function checkedHold(json: unknown, asked?: HoldRequest): Hold {
  const found = checked('hold', hold, json);
  const wrong =
    asked &&
    (['sku', 'storeId', 'quantity', 'slotId'] as const).find(
      (k) => found[k] !== asked[k] && (k !== 'slotId' || !!(found.slotId && asked.slotId)),
    );
  if (wrong || found.status !== 'held') {
    const why = wrong ? `$.${wrong} is not the one asked for` : `$.status is "${found.status}"`;
    const error = new AisleApiError('invalid-response', `Invalid hold in the response: ${why}`, {
      code: 'invalid_response',
    });
    // Another slot held: the one picked was not (flow-errors.ts reads it as a slot gone).
    throw wrong === 'slotId' ? Object.assign(error, { slotTaken: true }) : error;
  }
  return found;
}

/** Reservations already warned about (each is read again on reload, on "try again"). */
const warned = new Set<string>();

/** A pick-up-by time further ahead is not believed (a year: no store keeps stock so long). */
const PICKUP_BY_HORIZON_MS = 366 * 86_400_000;

/**
 * The last moment to collect (ms), or undefined when the API put it before the ready time, or
 * more than a year ahead (lying answers: which date is wrong is not known). Such a reservation
 * still shows, with its code and its ready time, as the server made it; no last day is promised
 * (nor written in the calendar event), and the page does not end it by its own clock: the API's
 * status does.
 */
export function pickupDeadline(r: Reservation): number | undefined {
  const by = Date.parse(r.pickupBy);
  return by >= Date.parse(r.readyAt) && by <= Date.now() + PICKUP_BY_HORIZON_MS ? by : undefined;
}

/**
 * A reservation. One whose `pickupBy` cannot be believed (see pickupDeadline) is kept (the
 * server made it: the shopper must get its code), with a warning, once.
 */
export function validateReservation(json: unknown): Reservation {
  const found = checked('reservation', reservation, json);
  if (pickupDeadline(found) === undefined && !warned.has(found.id)) {
    warned.add(found.id);
    console.warn(
      `[aisle] A reservation is to be picked up before it is ready or more than a year ahead ` +
        `(readyAt ${found.readyAt}, pickupBy ${found.pickupBy}): no pick-up-by time is shown.`,
    );
  }
  return found;
}
