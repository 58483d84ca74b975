import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { PickupSlot, Store } from '../../src/client/types.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { isOpenAt } from '../../src/mocks/time.js';
import { get, type Problem } from './api.js';

type Stores = { stores: Store[] };

describe('mock API: stores', () => {
  it('has a realistic seeded network of at least 300 stores at French towns', () => {
    const stores = mockApi.stores;
    expect(stores.length).to.be.at.least(300);
    expect(new Set(stores.map((s) => s.id)).size).to.equal(stores.length);
    const lyon = stores.find((s) => s.name === 'Aisle Lyon Part-Dieu');
    expect(lyon?.address).to.include({ city: 'Lyon', postalCode: '69003', country: 'FR' });
    expect(stores.some((s) => s.timezone === 'America/Martinique')).to.be.true;
    expect(stores.some((s) => s.timezone === 'Indian/Reunion')).to.be.true;
    // Sunday is closed in most stores; holidays appear as exceptions.
    const sundayClosed = stores.filter((s) => !s.hours.weekly.some((w) => w.day === 'sun'));
    expect(sundayClosed.length).to.be.greaterThan(stores.length / 2);
    expect(stores.every((s) => s.hours.exceptions.some((e) => e.label && e.closed))).to.be.true;
    expect(stores.filter((s) => s.pickup.slots).length).to.be.greaterThan(20);
    expect(stores.filter((s) => s.pickup.cutoff).length).to.be.greaterThan(20);
    expect(mockApi.products.length).to.be.at.least(60);
  });

  it('lists stores nearest first with distanceKm when a point is given', async () => {
    const { status, body } = await get<Stores>('/stores?lat=45.7640&lng=4.8357&limit=5');
    expect(status).to.equal(200);
    expect(body.stores).to.have.length(5);
    const d = body.stores.map((s) => s.distanceKm as number);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    expect(body.stores[0]?.address.city).to.equal('Lyon');
  });

  it('keeps to the radius and the limit', async () => {
    const { body } = await get<Stores>('/stores?lat=48.8566&lng=2.3522&radius=3&limit=100');
    expect(body.stores.length).to.be.greaterThan(2);
    expect(body.stores.every((s) => (s.distanceKm as number) <= 3)).to.be.true;
    const few = await get<Stores>('/stores?limit=7');
    expect(few.body.stores).to.have.length(7);
  });

  it('searches by name, city (accents ignored) and postcode', async () => {
    const byName = await get<Stores>('/stores?q=part-dieu');
    expect(byName.body.stores.map((s) => s.id)).to.deep.equal(['lyon-part-dieu']);
    const byCity = await get<Stores>(`/stores?q=${encodeURIComponent('saint etienne')}`);
    expect(byCity.body.stores.some((s) => s.address.city === 'Saint-Étienne')).to.be.true;
    const byPostcode = await get<Stores>('/stores?q=69003');
    expect(byPostcode.body.stores.every((s) => s.address.postalCode.startsWith('69003'))).to.be
      .true;
    expect(byPostcode.body.stores.length).to.be.at.least(1);
  });

  it('filters by services (all of them)', async () => {
    const { body } = await get<Stores>('/stores?services=repairs,parking&limit=50');
    expect(body.stores.length).to.be.greaterThan(0);
    for (const s of body.stores) expect(s.services).to.include.members(['repairs', 'parking']);
  });

  it('filters to stores open now, in their own time zone', async () => {
    // A Tuesday at 10:00 in Paris (09:00 UTC): metropolitan stores are open, Martinique (05:00) is not.
    const clock = sinon.useFakeTimers({ now: Date.UTC(2027, 5, 15, 8, 0), toFake: ['Date'] });
    try {
      const { body } = await get<Stores>('/stores?openNow=true&limit=1000');
      expect(body.stores.length).to.be.greaterThan(100);
      expect(body.stores.every((s) => isOpenAt(s, Date.now()))).to.be.true;
      expect(body.stores.some((s) => s.timezone === 'America/Martinique')).to.be.false;
      clock.setSystemTime(Date.UTC(2027, 5, 13, 20, 0)); // Sunday 22:00 in Paris
      const night = await get<Stores>('/stores?openNow=true&limit=1000');
      expect(night.body.stores.every((s) => s.timezone !== 'Europe/Paris')).to.be.true;
    } finally {
      clock.restore();
    }
  });

  it('reads one store, and answers 404 store_not_found for an unknown one', async () => {
    const one = await get<Store>('/stores/lyon-part-dieu');
    expect(one.status).to.equal(200);
    expect(one.body.name).to.equal('Aisle Lyon Part-Dieu');
    const missing = await get<Problem>('/stores/nowhere');
    expect(missing.status).to.equal(404);
    expect(missing.headers.get('Content-Type')).to.equal('application/problem+json');
    expect(missing.body).to.include({ code: 'store_not_found', status: 404 });
  });

  it('rejects invalid queries with invalid_request', async () => {
    for (const q of ['lat=45', 'lat=north&lng=2', 'limit=0', 'limit=5000', 'openNow=maybe']) {
      const { status, body } = await get<Problem>(`/stores?${q}`);
      expect(status, q).to.equal(400);
      expect(body.code, q).to.equal('invalid_request');
    }
  });

  it('gives hourly pickup slots with capacity inside opening hours', async () => {
    const store = mockApi.stores.find((s) => s.pickup.slots) as Store;
    const clock = sinon.useFakeTimers({ now: Date.UTC(2027, 5, 14, 4, 0), toFake: ['Date'] });
    try {
      const { status, body } = await get<{ slots: PickupSlot[] }>(
        `/stores/${store.id}/slots?date=2027-06-15`,
      );
      expect(status).to.equal(200);
      expect(body.slots.length).to.be.greaterThan(3);
      for (const slot of body.slots) {
        expect(Date.parse(slot.end) - Date.parse(slot.start)).to.equal(3_600_000);
        expect(slot.remaining).to.be.within(0, 6);
        expect(isOpenAt(store, Date.parse(slot.start))).to.be.true;
      }
      const none = mockApi.stores.find((s) => !s.pickup.slots) as Store;
      expect(
        (await get<{ slots: PickupSlot[] }>(`/stores/${none.id}/slots?date=2027-06-15`)).body.slots,
      ).to.deep.equal([]);
      expect((await get<Problem>(`/stores/${store.id}/slots?date=15/06/2027`)).status).to.equal(
        400,
      );
    } finally {
      clock.restore();
    }
  });

  it('offers no slot before the order can be ready (preparation runs while the store is open)', async () => {
    // A long preparation, asked before opening: the first slot is not the opening hour.
    const store = mockApi.stores.find(
      (s) => s.pickup.slots && s.pickup.prepMinutes >= 120 && s.timezone === 'Europe/Paris',
    ) as Store;
    const sku = mockApi.products[0]!.sku;
    mockApi.setStock(sku, store.id, { status: 'in_stock', quantity: 5 });
    // Tuesday 15 June 2027, 05:00 in Paris.
    const clock = sinon.useFakeTimers({ now: Date.UTC(2027, 5, 15, 3, 0), toFake: ['Date'] });
    try {
      const [entry] = (
        await get<{ availability: Array<{ pickupReadyAt?: string }> }>(
          `/availability?skus=${sku}&stores=${store.id}`,
        )
      ).body.availability;
      const ready = Date.parse(entry!.pickupReadyAt!);
      const { body } = await get<{ slots: PickupSlot[] }>(
        `/stores/${store.id}/slots?date=2027-06-15`,
      );
      expect(body.slots.length).to.be.greaterThan(0);
      expect(Date.parse(body.slots[0]!.start)).to.be.at.least(ready);
    } finally {
      clock.restore();
      mockApi.setStock(sku, store.id, undefined);
    }
  });

  it('answers unknown routes under the base with a 404 problem', async () => {
    const { status, body } = await get<Problem>('/nothing-here');
    expect(status).to.equal(404);
    expect(body.code).to.equal('not_found');
  });
});
