// A retailer's own provider (`configure({ provider })`) is held to the contract as the REST API
// is: its answers go through the same response guards (validate.ts, validate-reservations.ts).
import { expect } from '@open-wc/testing';
import { AisleClient } from '../../src/client/client.js';
import type { AisleApiError } from '../../src/client/errors.js';
import { reservationsOf } from '../../src/client/reservations.js';
import { API, makeEntry, makeStore, providerWith } from './fixtures.js';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const key = { idempotencyKey: 'k1' };

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as AisleApiError & { holdId?: string },
  );

describe("client: a retailer's own provider", () => {
  it('reads an entry with a made-up status as unknown, and in stock with none as out', async () => {
    const client = new AisleClient({
      api: API,
      provider: providerWith({
        getAvailability: async () => [
          { ...makeEntry('A', 's1'), status: 'maybe' as never },
          makeEntry('B', 's1', { quantity: 0 }),
        ],
      }),
    });
    const [a, b] = await Promise.all([
      client.availability('A', 's1'),
      client.availability('B', 's1'),
    ]);
    expect(a.value).to.equal(undefined);
    expect(b.value?.status).to.equal('out_of_stock');
  });

  it('refuses a store that breaks the contract, as the REST provider does', async () => {
    const client = new AisleClient({
      api: API,
      provider: providerWith({
        getStore: async (id) => makeStore(id, { location: { lat: 999, lng: 2 } }),
        searchStores: async () => [makeStore('s2', { timezone: 42 as never })],
      }),
    });
    expect((await failure(client.getStore('s1'))).code).to.equal('invalid_response');
    expect((await failure(client.searchStores({ q: 'Paris' }))).code).to.equal('invalid_response');
  });

  it('refuses a hold for another product and names it, so that it is given back', async () => {
    const client = new AisleClient({
      api: API,
      provider: providerWith({
        createHold: async (r) => ({
          id: 'h9',
          sku: 'OTHER',
          storeId: r.storeId,
          quantity: r.quantity,
          status: 'held',
          expiresAt: inAnHour(),
        }),
      }),
    });
    const error = await failure(
      reservationsOf(client).createHold({ sku: 'A', storeId: 's1', quantity: 1 }, key),
    );
    expect(error.code).to.equal('invalid_response');
    expect(error.holdId).to.equal('h9');
  });

  it('refuses a reservation with no code, and keeps a provider that gives no more time', async () => {
    const client = new AisleClient({
      api: API,
      provider: providerWith({
        confirmHold: async () => ({ id: 'r1', status: 'confirmed' }) as never,
      }),
    });
    const reservations = reservationsOf(client);
    const consent = { terms: true } as never;
    const confirm = reservations.confirmHold(
      'h1',
      { customer: { name: 'A', email: 'a@b.fr' }, consent },
      key,
    );
    expect((await failure(confirm)).code).to.equal('invalid_response');
    expect(reservations.extendHold('h1', key)).to.equal(undefined);
  });
});
