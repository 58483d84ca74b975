// Every list and string a response may hold is bounded: a lying API cannot freeze the page.
import { expect } from '@open-wc/testing';
import {
  readProblem,
  validateAvailabilityList,
  validateStore,
  validateStoreList,
} from '../../src/client/validate.js';
import { validateSlotList } from '../../src/client/validate-reservations.js';
import { makeEntry, makeStore } from './fixtures.js';

function warnings(run: () => void): string[] {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return messages;
}

const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
const slot = (i: number) => ({
  id: `x${i}`,
  start: new Date(Date.UTC(2026, 10, 24, 0, i)).toISOString(),
  end: new Date(Date.UTC(2026, 10, 24, 0, i + 1)).toISOString(),
  remaining: 1,
});

describe('client: response bounds', () => {
  it("keeps a store's first 32 services, with one warning for a whole list of stores", () => {
    let stores: ReturnType<typeof validateStoreList> = [];
    const seen = warnings(() => {
      stores = validateStoreList({
        stores: many(3, (s) => makeStore(`s${s}`, { services: many(20000, (i) => `svc${i}`) })),
      });
    });
    expect(stores.map((s) => s.services.length)).to.deep.equal([32, 32, 32]);
    expect(stores[0]!.services.slice(0, 2)).to.deep.equal(['svc0', 'svc1']);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('first 32 items of [0].services');
  });

  it('cuts opening hours, holidays, stores, entries, slots and alternatives to their caps', () => {
    warnings(() => {
      const weekly = many(50, () => ({ day: 'mon', opens: '09:00', closes: '19:00' }));
      const exceptions = many(1000, (i) => ({ date: day(i), closed: true }));
      const store = validateStore({ ...makeStore('s1'), hours: { weekly, exceptions } });
      expect(store.hours.weekly).to.have.length(21);
      expect(store.hours.exceptions).to.have.length(366);

      const stores = many(1200, (i) => makeStore(`s${i}`));
      expect(validateStoreList({ stores })).to.have.length(1000);

      const entries = many(6000, (i) => makeEntry(`A${i}`, 's1'));
      expect(validateAvailabilityList({ availability: entries })).to.have.length(5000);

      expect(validateSlotList({ slots: many(1000, slot) })).to.have.length(200);

      const problem = readProblem({ code: 'stock_unavailable', alternatives: entries }, 409, '');
      expect(problem!.alternatives).to.have.length(20);
    });
  });

  it('refuses strings past 256 characters: a detail is left out, a name is cut, a service or an address line loses the store', () => {
    warnings(() => {
      const long = 'x'.repeat(257);
      const store = validateStore({ ...makeStore('s1'), phone: long, name: 'x'.repeat(256) });
      expect(store.phone).to.equal(undefined);
      expect(validateStore({ ...makeStore('s1'), name: long }).name).to.equal(
        `${'x'.repeat(255)}…`,
      );
      expect(() => validateStore({ ...makeStore('s1'), services: [long] })).to.throw();
      const address = { ...makeStore('s1').address, line1: long };
      expect(
        validateStoreList({ stores: [makeStore('a'), { ...makeStore('b'), address }] }),
      ).to.have.length(1);
    });
  });

  it('reads a quantity past 1,000,000 (1e300) as invalid: that pair is unknown', () => {
    warnings(() => {
      const list = validateAvailabilityList([
        makeEntry('A', 's1', { quantity: 1e300 }),
        makeEntry('B', 's1', { quantity: 1_000_001 }),
        makeEntry('C', 's1', { quantity: 1_000_000 }),
      ]);
      expect(list.map((e) => [e.sku, e.quantity])).to.deep.equal([['C', 1_000_000]]);
    });
  });
});
