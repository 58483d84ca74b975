import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { AvailabilityEntry, Store } from '../../src/client/types.js';
import { createMockApi, mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import { get, type Problem } from './api.js';

type Availability = { availability: AvailabilityEntry[] };
const skus = mockApi.products.slice(0, 20).map((p) => p.sku);
const stores = mockApi.stores.slice(0, 20).map((s) => s.id);

describe('mock API: availability', () => {
  it('answers one entry per known pair; missing pairs are unknown', async () => {
    const { status, body } = await get<Availability>(
      `/availability?skus=${skus.join(',')}&stores=${stores.join(',')}`,
    );
    expect(status).to.equal(200);
    const pairs = body.availability.map((e) => `${e.sku}|${e.storeId}`);
    expect(new Set(pairs).size).to.equal(pairs.length);
    // Of 400 pairs, some are unknown (left out) and the rest spread over every status.
    expect(pairs.length).to.be.within(300, 399);
    const statuses = new Set(body.availability.map((e) => e.status));
    expect([...statuses].sort()).to.deep.equal(['in_stock', 'low_stock', 'out_of_stock']);
    for (const e of body.availability) {
      expect(skus).to.include(e.sku);
      expect(stores).to.include(e.storeId);
      const age = Date.now() - Date.parse(e.updatedAt);
      expect(age).to.be.within(0, 9 * 3600_000);
      if (e.status === 'in_stock' && e.quantity !== undefined) expect(e.quantity).to.be.above(3);
      if (e.status === 'out_of_stock' && e.quantity !== undefined) expect(e.quantity).to.equal(0);
    }
    expect(body.availability.some((e) => e.restockDate)).to.be.true;
    expect(body.availability.some((e) => e.pickupReadyAt)).to.be.true;
  });

  it('finds availability around a point, stores nearest first', async () => {
    const { body } = await get<Availability>(
      '/availability?skus=AISLE-0001&lat=45.764&lng=4.8357&radius=10',
    );
    expect(body.availability.length).to.be.greaterThan(0);
    const near = await get<{ stores: Store[] }>(
      '/stores?lat=45.764&lng=4.8357&radius=10&limit=100',
    );
    const ids = near.body.stores.map((s) => s.id);
    const order = body.availability.map((e) => ids.indexOf(e.storeId));
    expect(order.every((i) => i >= 0)).to.be.true;
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('unknown skus and stores give no entries, not errors', async () => {
    const { status, body } = await get<Availability>(
      '/availability?skus=NOPE-1&stores=lyon-part-dieu,nowhere',
    );
    expect(status).to.equal(200);
    expect(body.availability).to.deep.equal([]);
  });

  it('setStock changes a pair, and undefined makes it unknown', async () => {
    mockApi.setStock('AISLE-0001', 'lyon-part-dieu', { status: 'in_stock', quantity: 17 });
    const one = await get<Availability>('/availability?skus=AISLE-0001&stores=lyon-part-dieu');
    expect(one.body.availability[0]).to.include({ status: 'in_stock', quantity: 17 });
    mockApi.setStock('AISLE-0001', 'lyon-part-dieu', {
      status: 'out_of_stock',
      restockDate: '2027-01-04',
    });
    const out = await get<Availability>('/availability?skus=AISLE-0001&stores=lyon-part-dieu');
    expect(out.body.availability[0]).to.include({
      status: 'out_of_stock',
      quantity: 0,
      restockDate: '2027-01-04',
    });
    expect(out.body.availability[0]?.pickupReadyAt).to.equal(undefined);
    mockApi.setStock('AISLE-0001', 'lyon-part-dieu', undefined);
    const gone = await get<Availability>('/availability?skus=AISLE-0001&stores=lyon-part-dieu');
    expect(gone.body.availability).to.deep.equal([]);
  });

  it('rejects queries without skus, or with both stores and a point', async () => {
    for (const q of ['stores=lyon-part-dieu', 'skus=A', 'skus=A&stores=x&lat=1&lng=2']) {
      const { status, body } = await get<Problem>(`/availability?${q}`);
      expect(status, q).to.equal(400);
      expect(body.code).to.equal('invalid_request');
    }
  });
});

describe('mock API: drifting stock', () => {
  it('with drift, counts move every ten minutes and hold still in between', async () => {
    const api = createMockApi({ base: '/drift/v1', drift: true });
    useHandlers(...api.handlers);
    const read = async () => {
      const res = await fetch(
        `/drift/v1/availability?skus=${skus.join(',')}&stores=${stores.join(',')}`,
      );
      const body = (await res.json()) as Availability;
      return new Map(body.availability.map((e) => [`${e.sku}|${e.storeId}`, e.quantity]));
    };
    const clock = sinon.useFakeTimers({ now: Date.UTC(2027, 5, 15, 8, 0), toFake: ['Date'] });
    try {
      const a = await read();
      clock.tick(60_000);
      expect(await read()).to.deep.equal(a);
      clock.tick(10 * 60_000);
      const b = await read();
      const moved = [...a].filter(([k, q]) => b.get(k) !== q);
      expect(moved.length).to.be.greaterThan(10);
      expect(moved.every(([k, q]) => Math.abs((b.get(k) ?? 0) - (q ?? 0)) <= 4)).to.be.true;
    } finally {
      clock.restore();
    }
  });
});
