import { expect } from '@open-wc/testing';
import type { AvailabilityProvider } from '../../src/client/provider.js';
import { newIdempotencyKey } from '../../src/client/idempotency-key.js';
import { clientFor, resetClientsForTests } from '../../src/client/shared.js';
import type { AvailabilityEntry } from '../../src/client/types.js';
import { configure, resetConfigForTests, runtimeConfig } from '../../src/config/config.js';
import { useHandlers } from '../helpers/mock-api.js';
import { API, availabilityHandler, makeEntry, makeStore, requestsTo } from './fixtures.js';

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** A retailer's own provider that records what it is asked. */
function recordingProvider() {
  const queries: unknown[] = [];
  const provider: AvailabilityProvider = {
    searchStores: async () => [makeStore('own-1')],
    getStore: async (id) => makeStore(id),
    getAvailability: async (query) => {
      queries.push(query);
      return query.skus.flatMap((sku) =>
        (query.storeIds ?? []).map((s): AvailabilityEntry => makeEntry(sku, s, { quantity: 1 })),
      );
    },
    getSlots: async () => [],
    createHold: async () => {
      throw new Error('unused');
    },
    confirmHold: async () => {
      throw new Error('unused');
    },
    releaseHold: async () => undefined,
    getReservation: async () => {
      throw new Error('unused');
    },
    cancelReservation: async () => {
      throw new Error('unused');
    },
  };
  return { provider, queries };
}

describe('client: shared instances and configure()', () => {
  afterEach(() => {
    resetConfigForTests();
    resetClientsForTests();
  });

  it('gives every caller with the same config one client and one batch', async () => {
    useHandlers(availabilityHandler());
    const a = clientFor({ api: API, locale: 'fr-FR' });
    const b = clientFor({ api: API, locale: 'fr-FR' });
    expect(a).to.equal(b);
    expect(clientFor({ api: API, locale: 'en-GB' })).not.to.equal(a);
    expect(clientFor({ api: API, locale: 'fr-FR', apiKey: 'k' })).not.to.equal(a);
    await Promise.all([a.availability('A', 's1'), b.availability('B', 's1')]);
    expect(requestsTo('/availability')).to.have.length(1);
    expect(requestsTo('/availability')[0]!.headers.get('Accept-Language')).to.equal('fr-FR');
  });

  it('uses a provider given to configure()', async () => {
    const { provider, queries } = recordingProvider();
    configure({ provider });
    const client = clientFor({ api: API });
    expect(client.provider).to.equal(provider);
    const [x, y] = await Promise.all([
      client.availability('A', 's1'),
      client.availability('B', 's1'),
    ]);
    expect([x.value?.quantity, y.value?.quantity]).to.deep.equal([1, 1]);
    expect(queries).to.deep.equal([{ skus: ['A', 'B'], storeIds: ['s1'] }]);
    expect(requestsTo('/availability')).to.have.length(0);
    configure({ provider: undefined });
    expect(clientFor({ api: API })).not.to.equal(client);
  });

  it('uses a fetch given to configure()', async () => {
    const urls: string[] = [];
    configure({
      fetch: async (input: string) => {
        urls.push(input);
        return Response.json(makeStore('s5'));
      },
    });
    const store = await clientFor({ api: 'https://retailer.example/v1' }).getStore('s5');
    expect(store.id).to.equal('s5');
    expect(urls).to.deep.equal(['https://retailer.example/v1/stores/s5']);
  });

  it('warns once and ignores a bad provider or fetch', () => {
    const warnings = captureWarnings();
    try {
      // A JavaScript caller's mistakes (TypeScript would refuse them).
      configure({ provider: { getAvailability: () => [] }, fetch: 'fetch' } as never);
      configure({ provider: { getAvailability: () => [] } } as never);
      expect(runtimeConfig()).to.deep.equal({});
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('lacks searchStores, getStore');
      expect(warnings.messages[1]).to.contain('"fetch": expected a function');
    } finally {
      warnings.restore();
    }
  });

  it('makes fresh, well-formed idempotency keys', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('falls back to getRandomValues without randomUUID', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      if (original) Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
