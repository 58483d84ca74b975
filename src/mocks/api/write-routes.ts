/** Holds and reservations: POSTs are idempotent, holds expire, cancellations restore stock. */
import type { AvailabilityEntry, Hold, PickupSlot } from '../../client/types.js';
import type { Route, RouteContext } from './context.js';
import { BadRequest, canonical, json } from './http-utils.js';
import { problemResponse } from './problems.js';
import { nearest } from './read-routes.js';
import { findSlot } from './slots.js';

const MAX_QUANTITY = 99;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Slots taken by holds, kept to put in the reservation. */
const holdSlots = new WeakMap<Hold, PickupSlot>();

async function readBody(request: Request): Promise<{ text: string; value: unknown }> {
  const text = await request.text();
  try {
    return { text, value: text ? JSON.parse(text) : undefined };
  } catch {
    return { text, value: Symbol('invalid') };
  }
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRequest(`${what} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function text(o: Record<string, unknown>, key: string, optional = false): string | undefined {
  const v = o[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || !v.trim())
    throw new BadRequest(`"${key}" must be a non-empty string`);
  return v;
}

/**
 * Runs a POST once per `Idempotency-Key`: the same key and body replay the first answer (status
 * and body), the same key with another body is a 422, no key is a 400.
 */
async function idempotent(
  ctx: RouteContext,
  run: (body: unknown) => Response | Promise<Response>,
): Promise<Response> {
  const { state, request, lang } = ctx;
  const key = request.headers.get('Idempotency-Key');
  if (!key || key.length > 255) {
    return problemResponse(
      'idempotency_key_missing',
      'Send an Idempotency-Key header (1 to 255 characters)',
      lang,
    );
  }
  const body = await readBody(request);
  const fingerprint = `${request.method} ${ctx.url.pathname} ${
    typeof body.value === 'symbol' ? body.text : canonical(body.value)
  }`;
  // A request with the same key that is still being answered: wait for it, then replay.
  await state.idempotencyPending.get(key);
  const record = state.idempotency.get(key);
  if (record) {
    if (record.fingerprint !== fingerprint) {
      return problemResponse(
        'idempotency_key_reused',
        `Idempotency-Key "${key}" was used for another request`,
        lang,
      );
    }
    state.stats.replays++;
    return new Response(record.body, {
      status: record.status,
      headers: { 'Content-Type': record.contentType, 'Idempotent-Replayed': 'true' },
    });
  }
  if (typeof body.value === 'symbol') throw new BadRequest('The body is not valid JSON');
  let finished!: () => void;
  state.idempotencyPending.set(key, new Promise<void>((resolve) => (finished = resolve)));
  try {
    const response = await run(body.value);
    if (response.status < 500) {
      state.idempotency.set(key, {
        fingerprint,
        status: response.status,
        body: await response.clone().text(),
        contentType: response.headers.get('Content-Type') ?? 'application/json',
      });
    }
    return response;
  } finally {
    state.idempotencyPending.delete(key);
    finished();
  }
}

/** Stores near `storeId` that have `quantity` available for pickup, nearest first. */
function alternatives(
  ctx: RouteContext,
  sku: string,
  storeId: string,
  quantity: number,
): AvailabilityEntry[] {
  const { state, now } = ctx;
  const origin = state.storesById.get(storeId);
  if (!origin) return [];
  const out: AvailabilityEntry[] = [];
  for (const store of nearest(state.stores, origin.location, 100)) {
    if (store.id === storeId || !store.pickup.enabled) continue;
    if ((state.available(sku, store.id) ?? 0) < quantity) continue;
    const entry = state.entry(sku, store.id, now);
    if (entry) out.push(entry);
    if (out.length >= 5) break;
  }
  return out;
}

export const createHold: Route = (ctx) =>
  idempotent(ctx, (raw) => {
    const { state, lang, now } = ctx;
    const body = object(raw, 'The body');
    const sku = text(body, 'sku') as string;
    const storeId = text(body, 'storeId') as string;
    const slotId = text(body, 'slotId', true);
    const quantity = body.quantity;
    if (
      typeof quantity !== 'number' ||
      !Number.isInteger(quantity) ||
      quantity < 1 ||
      quantity > MAX_QUANTITY
    ) {
      throw new BadRequest(`"quantity" must be an integer from 1 to ${MAX_QUANTITY}`);
    }
    const store = state.storesById.get(storeId);
    if (!store) return problemResponse('store_not_found', `No store "${storeId}"`, lang);
    if (!state.skus.has(sku))
      return problemResponse('product_not_found', `No product "${sku}"`, lang);
    if (!store.pickup.enabled) return problemResponse('pickup_unavailable', undefined, lang);
    let slot: PickupSlot | undefined;
    if (slotId) {
      slot = store.pickup.slots ? findSlot(state, store, slotId, now) : undefined;
      if (!slot || slot.remaining < 1) {
        return problemResponse(
          'slot_unavailable',
          `Slot "${slotId}" is full or does not exist`,
          lang,
        );
      }
    }
    const available = state.available(sku, storeId) ?? 0;
    if (available < quantity) {
      return problemResponse(
        'stock_unavailable',
        `${available} available at ${store.name}, ${quantity} asked`,
        lang,
        { alternatives: alternatives(ctx, sku, storeId, quantity) },
      );
    }
    const hold: Hold = {
      id: state.id('h_'),
      sku,
      storeId,
      quantity,
      status: 'held',
      expiresAt: new Date(now + store.pickup.holdMinutes * 60_000).toISOString(),
      ...(slot ? { slotId: slot.id } : {}),
    };
    if (slot) holdSlots.set(hold, { ...slot, remaining: slot.remaining - 1 });
    state.holds.set(hold.id, hold);
    state.stats.holdsCreated++;
    state.touch(sku, storeId, now);
    return json(hold, 201, { Location: `${ctx.url.pathname}/${hold.id}` });
  });

/** The reservation each confirmed hold became (the contract's optional `reservationId`). */
const reservationOf = new WeakMap<object, string>();

function alreadyConfirmed(hold: object, lang: string | null | undefined): Response {
  const reservationId = reservationOf.get(hold);
  return problemResponse('hold_already_confirmed', undefined, lang, {
    ...(reservationId ? { reservationId } : {}),
  });
}

/** The hold a route acts on while it is held, or the problem saying why it cannot. */
function heldHold({ state, params, lang }: RouteContext): Hold | Response {
  const hold = state.holds.get(params.holdId ?? '');
  if (!hold) return problemResponse('hold_not_found', `No hold "${params.holdId}"`, lang);
  if (hold.status === 'expired')
    return problemResponse('hold_expired', `Hold expired at ${hold.expiresAt}`, lang);
  if (hold.status === 'released') return problemResponse('hold_released', undefined, lang);
  if (hold.status === 'confirmed') return alreadyConfirmed(hold, lang);
  return hold;
}

export const confirmHold: Route = (ctx) =>
  idempotent(ctx, (raw) => {
    const { state, lang, now } = ctx;
    const hold = heldHold(ctx);
    if (hold instanceof Response) return hold;
    const body = object(raw, 'The body');
    const customer = object(body.customer, '"customer"');
    text(customer, 'name');
    const email = text(customer, 'email') as string;
    text(customer, 'phone', true);
    if (!EMAIL.test(email)) throw new BadRequest('"customer.email" is not an e-mail address');
    const consent = object(body.consent, '"consent"');
    if (typeof consent.terms !== 'boolean' || typeof consent.marketing !== 'boolean') {
      throw new BadRequest('"consent.terms" and "consent.marketing" must be booleans');
    }
    if (!consent.terms) return problemResponse('consent_required', undefined, lang);
    const store = state.storesById.get(hold.storeId);
    if (!store) return problemResponse('store_not_found', undefined, lang);
    // The held slot must still be one a hold could ask for now (`findSlot`: not begun, and not
    // before an order confirmed now can be ready): a shopper slow on the form misses it.
    if (hold.slotId && !findSlot(state, store, hold.slotId, now)) {
      return problemResponse('slot_passed', `Slot "${hold.slotId}" can no longer be kept`, lang);
    }
    const reservation = state.reservationFor(hold, store, holdSlots.get(hold), now);
    hold.status = 'confirmed';
    reservationOf.set(hold, reservation.id);
    state.reservations.set(reservation.id, reservation);
    state.stats.reservationsConfirmed++;
    state.touch(hold.sku, hold.storeId, now);
    const location = ctx.url.pathname.replace(
      /\/holds\/[^/]+\/confirm$/,
      `/reservations/${reservation.id}`,
    );
    return json(reservation, 201, { Location: location });
  });

/** How many times the mock extends one hold: WCAG 2.2.1 asks for at least ten. */
export const MAX_EXTENSIONS = 10;
const extensions = new WeakMap<Hold, number>();

/** More time on a held hold: `holdMinutes` from now, up to `MAX_EXTENSIONS` times. */
export const extendHold: Route = (ctx) =>
  idempotent(ctx, () => {
    const { state, lang, now } = ctx;
    const hold = heldHold(ctx);
    if (hold instanceof Response) return hold;
    const count = extensions.get(hold) ?? 0;
    const store = state.storesById.get(hold.storeId);
    if (count >= MAX_EXTENSIONS || !store) {
      return problemResponse('hold_not_extendable', `Extended ${count} times already`, lang);
    }
    extensions.set(hold, count + 1);
    hold.expiresAt = new Date(now + store.pickup.holdMinutes * 60_000).toISOString();
    state.stats.holdsExtended++;
    return json(hold, 200);
  });

export const releaseHold: Route = ({ state, params, lang, now }) => {
  const hold = state.holds.get(params.holdId ?? '');
  if (!hold) return problemResponse('hold_not_found', `No hold "${params.holdId}"`, lang);
  if (hold.status === 'confirmed') return alreadyConfirmed(hold, lang);
  if (hold.status === 'held') {
    hold.status = 'released';
    state.stats.holdsReleased++;
    state.touch(hold.sku, hold.storeId, now);
  }
  return new Response(null, { status: 204 });
};

export const getReservation: Route = ({ state, params, lang }) => {
  const r = state.reservations.get(params.reservationId ?? '');
  if (!r)
    return problemResponse(
      'reservation_not_found',
      `No reservation "${params.reservationId}"`,
      lang,
    );
  return json(r);
};

export const cancelReservation: Route = ({ state, params, lang, now }) => {
  const r = state.reservations.get(params.reservationId ?? '');
  if (!r)
    return problemResponse(
      'reservation_not_found',
      `No reservation "${params.reservationId}"`,
      lang,
    );
  if (r.status === 'confirmed') {
    r.status = 'cancelled';
    state.stats.reservationsCancelled++;
    state.touch(r.sku, r.storeId, now);
  } else if (r.status !== 'cancelled') {
    return problemResponse('reservation_not_cancellable', `The reservation is ${r.status}`, lang);
  }
  return json(r);
};
