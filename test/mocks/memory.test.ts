import { expect } from '@open-wc/testing';
import type { AvailabilityEntry, Hold, Reservation, Store } from '../../src/client/types.js';
import { createMockApi, type MockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';

const BASE = '/kept/v1';
const SKU = 'AISLE-0007';
const customer = { name: 'Camille Martin', email: 'camille@example.com' };
const consent = { terms: true, marketing: false };

/** A Storage of its own (the page's sessionStorage would outlive the test). */
class TestStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

async function call<T>(method: string, path: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `memory-${Math.random()}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

describe('mock API: reservations kept over a reload (remember)', () => {
  let storage: TestStorage;
  let store: Store;

  /** A new page's mock over the same storage, the shelf as before (5 in stock). */
  function reload(): MockApi {
    const api = createMockApi({ base: BASE });
    store = api.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;
    api.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    api.remember(storage);
    useHandlers(...api.handlers);
    return api;
  }

  async function reserve(quantity: number): Promise<Reservation> {
    const hold = await call<Hold>('POST', '/holds', { sku: SKU, storeId: store.id, quantity });
    expect(hold.status).to.equal(201);
    const made = await call<Reservation>('POST', `/holds/${hold.body.id}/confirm`, {
      customer,
      consent,
    });
    expect(made.status).to.equal(201);
    return made.body;
  }

  const stock = async () =>
    (
      await call<{ availability: AvailabilityEntry[] }>(
        'GET',
        `/availability?skus=${SKU}&stores=${store.id}`,
      )
    ).body.availability[0];

  beforeEach(() => {
    storage = new TestStorage();
  });

  it('knows them after a reload, with their stock, and gives no id or code again', async () => {
    reload();
    const first = await reserve(2);
    expect(storage.length).to.equal(1);
    expect(
      JSON.stringify([...Array(storage.length)].map((_, i) => storage.getItem(storage.key(i)!))),
    ).not.to.include(customer.email);

    reload();
    const read = await call<Reservation>('GET', `/reservations/${first.id}`);
    expect(read.status).to.equal(200);
    expect(read.body).to.deep.equal(first);
    expect(await stock()).to.include({ quantity: 3 });
    const second = await reserve(1);
    expect(second.id).not.to.equal(first.id);
    expect(second.code).not.to.equal(first.code);
    expect(await stock()).to.include({ quantity: 2 });
  });

  it('keeps a cancellation, and reset() forgets them', async () => {
    reload();
    const made = await reserve(2);
    expect((await call<Reservation>('DELETE', `/reservations/${made.id}`)).body.status).to.equal(
      'cancelled',
    );

    reload();
    expect((await call<Reservation>('GET', `/reservations/${made.id}`)).body.status).to.equal(
      'cancelled',
    );
    expect(await stock()).to.include({ quantity: 5 });

    reload().reset();
    reload();
    expect((await call('GET', `/reservations/${made.id}`)).status).to.equal(404);
  });

  it('without remember, a new mock knows none of them (a server that lost its state)', async () => {
    reload();
    const made = await reserve(1);
    const api = createMockApi({ base: BASE });
    useHandlers(...api.handlers);
    expect((await call('GET', `/reservations/${made.id}`)).status).to.equal(404);
  });
});
