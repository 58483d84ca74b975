import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { AvailabilityEntry, Hold, Reservation, Store } from '../../src/client/types.js';
import { openIntervals } from '../../src/hours/schedule.js';
import { addDays, dateKeyOf } from '../../src/hours/zoned.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { justInTime, LATE_MS, slottedStore } from '../helpers/slot-time.js';
import { call, del, get, post, type Problem } from './api.js';

const SKU = 'AISLE-0007';
const storeWith = (f: (s: Store) => boolean) => mockApi.stores.find(f) as Store;
const STORE = storeWith((s) => s.pickup.enabled && !s.pickup.slots);
const customer = { name: 'Camille Martin', email: 'camille@example.com' };
const consent = { terms: true, marketing: false };

async function stock(sku = SKU, storeId = STORE.id): Promise<AvailabilityEntry | undefined> {
  const { body } = await get<{ availability: AvailabilityEntry[] }>(
    `/availability?skus=${sku}&stores=${storeId}`,
  );
  return body.availability[0];
}

describe('mock API: holds and reservations', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2027, 5, 15, 8, 0), toFake: ['Date'] });
    mockApi.setStock(SKU, STORE.id, { status: 'in_stock', quantity: 5 });
  });
  afterEach(() => clock.restore());

  it('a hold reduces available stock', async () => {
    const { status, body } = await post<Hold>('/holds', {
      sku: SKU,
      storeId: STORE.id,
      quantity: 3,
    });
    expect(status).to.equal(201);
    expect(body).to.include({ sku: SKU, storeId: STORE.id, quantity: 3, status: 'held' });
    expect(Date.parse(body.expiresAt) - Date.now()).to.equal(STORE.pickup.holdMinutes * 60_000);
    expect(await stock()).to.include({ status: 'low_stock', quantity: 2 });
    expect(mockApi.stats().holdsCreated).to.equal(1);
  });

  it('an unconfirmed hold expires after holdMinutes and releases its stock', async () => {
    const { body: hold } = await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 5 });
    expect((await stock())?.status).to.equal('out_of_stock');
    clock.tick(STORE.pickup.holdMinutes * 60_000 - 1);
    expect((await stock())?.quantity).to.equal(0);
    clock.tick(1);
    expect(await stock()).to.include({ status: 'in_stock', quantity: 5 });
    expect(mockApi.stats().holdsExpired).to.equal(1);
    const late = await post<Problem>(`/holds/${hold.id}/confirm`, { customer, consent });
    expect(late.status).to.equal(410);
    expect(late.body.code).to.equal('hold_expired');
  });

  it('409 stock_unavailable lists nearby stores that have it', async () => {
    const near = (
      await get<{ stores: Store[] }>(
        `/stores?lat=${STORE.location.lat}&lng=${STORE.location.lng}&limit=10`,
      )
    ).body.stores;
    const other = near.find((s) => s.id !== STORE.id && s.pickup.enabled) as Store;
    mockApi.setStock(SKU, other.id, { status: 'in_stock', quantity: 9 });
    const { status, headers, body } = await post<Problem>('/holds', {
      sku: SKU,
      storeId: STORE.id,
      quantity: 6,
    });
    expect(status).to.equal(409);
    expect(headers.get('Content-Type')).to.equal('application/problem+json');
    expect(body.code).to.equal('stock_unavailable');
    expect(body.alternatives?.[0]).to.include({ storeId: other.id, sku: SKU, quantity: 9 });
    for (const alt of body.alternatives ?? []) {
      expect(alt.status).to.not.equal('out_of_stock');
      expect(alt.storeId).to.not.equal(STORE.id);
    }
  });

  it('confirms a hold into a reservation with a code, ready time and pickup deadline', async () => {
    const { body: hold } = await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 2 });
    const { status, body } = await post<Reservation>(`/holds/${hold.id}/confirm`, {
      customer,
      consent,
    });
    expect(status).to.equal(201);
    expect(body).to.include({ status: 'confirmed', sku: SKU, storeId: STORE.id, quantity: 2 });
    expect(body.code).to.match(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(Date.parse(body.readyAt)).to.be.at.least(Date.now() + STORE.pickup.prepMinutes * 60_000);
    expect(Date.parse(body.pickupBy)).to.be.above(Date.parse(body.readyAt));
    // The reservation keeps the stock after the hold's time has passed.
    clock.tick(STORE.pickup.holdMinutes * 60_000 + 1);
    expect((await stock())?.quantity).to.equal(3);
    expect((await get<Reservation>(`/reservations/${body.id}`)).body).to.deep.equal(body);
    const again = await post<Problem>(`/holds/${hold.id}/confirm`, { customer, consent });
    expect(again.status).to.equal(409);
    expect(again.body.code).to.equal('hold_already_confirmed');
  });

  it('keeps a reservation until a time the store is open, never past a closing time', async () => {
    const stores = mockApi.stores.filter((s) => s.pickup.enabled && !s.pickup.slots).slice(0, 40);
    const closed: string[] = [];
    for (const store of stores) {
      mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
      const { body: hold } = await post<Hold>('/holds', {
        sku: SKU,
        storeId: store.id,
        quantity: 1,
      });
      const { body } = await post<Reservation>(`/holds/${hold.id}/confirm`, { customer, consent });
      const by = Date.parse(body.pickupBy);
      const day = (t: number) => dateKeyOf(new Date(t), store.timezone);
      const open = openIntervals(store, addDays(day(by), -1), day(by));
      if (!open.some((i) => i.start.getTime() <= by && by <= i.end.getTime())) {
        closed.push(`${store.id} ${body.pickupBy}`);
      }
      expect(by).to.be.above(Date.parse(body.readyAt));
    }
    expect(closed, 'pick up by a time the store is closed').to.deep.equal([]);
  });

  it('checks the confirmation body and consent', async () => {
    const { body: hold } = await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 1 });
    const bad = await post<Problem>(`/holds/${hold.id}/confirm`, {
      customer: { name: 'A', email: 'nope' },
      consent,
    });
    expect(bad.status).to.equal(400);
    const noTerms = await post<Problem>(`/holds/${hold.id}/confirm`, {
      customer,
      consent: { terms: false, marketing: true },
    });
    expect(noTerms.status).to.equal(422);
    expect(noTerms.body.code).to.equal('consent_required');
    expect(
      (await post<Problem>('/holds/h_nope/confirm', { customer, consent })).body.code,
    ).to.equal('hold_not_found');
  });

  it('replays an idempotent POST exactly and never holds or confirms twice', async () => {
    const req = { sku: SKU, storeId: STORE.id, quantity: 2 };
    const first = await post<Hold>('/holds', req, 'key-1');
    const second = await post<Hold>(
      '/holds',
      { quantity: 2, storeId: STORE.id, sku: SKU },
      'key-1',
    );
    expect(second.status).to.equal(first.status);
    expect(second.body).to.deep.equal(first.body);
    expect(second.headers.get('Idempotent-Replayed')).to.equal('true');
    expect((await stock())?.quantity).to.equal(3);
    const c1 = await post<Reservation>(
      `/holds/${first.body.id}/confirm`,
      { customer, consent },
      'key-2',
    );
    const c2 = await post<Reservation>(
      `/holds/${first.body.id}/confirm`,
      { customer, consent },
      'key-2',
    );
    expect(c2.body).to.deep.equal(c1.body);
    const stats = mockApi.stats();
    expect(stats).to.include({ holdsCreated: 1, reservationsConfirmed: 1, replays: 2 });
    expect(stats.requests.createHold).to.equal(2);
    // A failed answer is replayed too.
    const gone = await post<Problem>('/holds', { ...req, quantity: 50 }, 'key-3');
    const goneAgain = await post<Problem>('/holds', { ...req, quantity: 50 }, 'key-3');
    expect([gone.status, goneAgain.status]).to.deep.equal([409, 409]);
    expect(goneAgain.body).to.deep.equal(gone.body);
  });

  it('refuses a reused key with another body (422) and a missing key (400)', async () => {
    await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 1 }, 'key-x');
    const reused = await post<Problem>(
      '/holds',
      { sku: SKU, storeId: STORE.id, quantity: 2 },
      'key-x',
    );
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency_key_reused');
    const missing = await call<Problem>('POST', '/holds', {
      sku: SKU,
      storeId: STORE.id,
      quantity: 1,
    });
    expect(missing.status).to.equal(400);
    expect(missing.body.code).to.equal('idempotency_key_missing');
    expect(mockApi.stats().holdsCreated).to.equal(1);
  });

  it('releasing a hold (204) restores stock; a released hold cannot be confirmed', async () => {
    const { body: hold } = await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 4 });
    const res = await del(`/holds/${hold.id}`);
    expect(res.status).to.equal(204);
    expect(await stock()).to.include({ quantity: 5, status: 'in_stock' });
    expect(
      (await post<Problem>(`/holds/${hold.id}/confirm`, { customer, consent })).status,
    ).to.equal(410);
    expect((await del<Problem>('/holds/h_nope')).body.code).to.equal('hold_not_found');
  });

  it('cancelling a reservation restores stock', async () => {
    const { body: hold } = await post<Hold>('/holds', { sku: SKU, storeId: STORE.id, quantity: 5 });
    const { body: r } = await post<Reservation>(`/holds/${hold.id}/confirm`, { customer, consent });
    expect((await stock())?.status).to.equal('out_of_stock');
    const cancelled = await del<Reservation>(`/reservations/${r.id}`);
    expect(cancelled.status).to.equal(200);
    expect(cancelled.body.status).to.equal('cancelled');
    expect(await stock()).to.include({ quantity: 5 });
    expect(mockApi.stats().reservationsCancelled).to.equal(1);
    expect((await get<Problem>('/reservations/r_nope')).body.code).to.equal(
      'reservation_not_found',
    );
  });

  it('holds a pickup slot and counts it against the slot capacity', async () => {
    const store = storeWith((s) => s.pickup.slots && s.timezone === 'Europe/Paris');
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 30 });
    const slots = async () =>
      (
        await get<{ slots: { id: string; remaining: number }[] }>(
          `/stores/${store.id}/slots?date=2027-06-16`,
        )
      ).body.slots;
    const slot = (await slots())[0] as { id: string; remaining: number };
    const { status, body } = await post<Hold>('/holds', {
      sku: SKU,
      storeId: store.id,
      quantity: 1,
      slotId: slot.id,
    });
    expect(status).to.equal(201);
    expect(body.slotId).to.equal(slot.id);
    expect((await slots())[0]?.remaining).to.equal(slot.remaining - 1);
    const r = await post<Reservation>(`/holds/${body.id}/confirm`, { customer, consent });
    expect(r.body.slot?.id).to.equal(slot.id);
    expect(r.body.readyAt).to.equal(r.body.slot?.start);
    const wrong = await post<Problem>('/holds', {
      sku: SKU,
      storeId: store.id,
      quantity: 1,
      slotId: 'slot_x',
    });
    expect(wrong.body.code).to.equal('slot_unavailable');
  });

  it('refuses to confirm a hold whose slot has passed (409 slot_passed); each key replays its first answer', async () => {
    const store = slottedStore();
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 30 });
    const { slot, at } = await justInTime(store);
    clock.setSystemTime(at);
    const holdOn = async () =>
      (await post<Hold>('/holds', { sku: SKU, storeId: store.id, quantity: 1, slotId: slot.id }))
        .body;
    const [first, second] = [await holdOn(), await holdOn()];
    expect([first.slotId, second.slotId]).to.deep.equal([slot.id, slot.id]);
    const made = await post<Reservation>(`/holds/${first.id}/confirm`, { customer, consent }, 'k1');
    expect(made.status).to.equal(201);
    // Four minutes on the form: an order confirmed now can no longer be ready by the slot's start.
    clock.tick(LATE_MS);
    const late = await post<Problem>(`/holds/${second.id}/confirm`, { customer, consent }, 'k2');
    expect(late.status).to.equal(409);
    expect(late.headers.get('Content-Type')).to.equal('application/problem+json');
    expect(late.body.code).to.equal('slot_passed');
    const replayed = await post<Problem>(
      `/holds/${second.id}/confirm`,
      { customer, consent },
      'k2',
    );
    expect([replayed.status, replayed.body]).to.deep.equal([409, late.body]);
    expect(replayed.headers.get('Idempotent-Replayed')).to.equal('true');
    // The confirm made in time replays its reservation, the slot passed or not.
    const again = await post<Reservation>(
      `/holds/${first.id}/confirm`,
      { customer, consent },
      'k1',
    );
    expect([again.status, again.body]).to.deep.equal([201, made.body]);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });
});
