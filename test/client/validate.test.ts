import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AisleClient } from '../../src/client/client.js';
import { AisleApiError } from '../../src/client/errors.js';
import {
  validateAvailabilityEntry,
  validateAvailabilityList,
  validateStore,
  validateStoreList,
} from '../../src/client/validate.js';
import {
  validateHold,
  validateReservation,
  validateSlotList,
} from '../../src/client/validate-reservations.js';
import { useHandlers } from '../helpers/mock-api.js';
import { API, hold, makeEntry, makeStore } from './fixtures.js';

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

function invalid(run: () => unknown): AisleApiError {
  try {
    run();
  } catch (e) {
    expect(e).to.be.instanceOf(AisleApiError);
    expect((e as AisleApiError).kind).to.equal('invalid-response');
    return e as AisleApiError;
  }
  throw new Error('expected invalid-response');
}

const reservation = {
  id: 'r1',
  code: 'K7Q2',
  status: 'confirmed',
  sku: 'A',
  storeId: 's1',
  quantity: 2,
  readyAt: '2026-11-23T17:30:00+01:00',
  pickupBy: '2026-11-26T19:00:00+01:00',
  slot: { id: 'x', start: '2026-11-24T10:00:00Z', end: '2026-11-24T10:30:00Z', remaining: 3 },
};

describe('client: response validation', () => {
  it('accepts contract data and copies only the known fields', () => {
    const store = validateStore({ ...makeStore('s1'), secret: 1, distanceKm: 2.5 });
    expect(store).to.deep.equal({ ...makeStore('s1'), distanceKm: 2.5 });
    expect(validateReservation(reservation)).to.deep.equal(reservation);
  });

  it('rejects a store with missing ids, bad coordinates, zones, hours or dates', () => {
    const bad: unknown[] = [
      null,
      'store',
      { ...makeStore('s1'), id: '' },
      { ...makeStore('s1'), id: 42 },
      // Outside the contract's store id rule (the shopper's store is kept by id in storage).
      { ...makeStore('s1'), id: '<img src=x onerror=alert(1)>' },
      { ...makeStore('s1'), id: ' s1' },
      { ...makeStore('s1'), id: 'x'.repeat(257) },
      { ...makeStore('s1'), location: { lat: 91, lng: 2 } },
      { ...makeStore('s1'), location: { lat: Number.NaN, lng: 2 } },
      { ...makeStore('s1'), timezone: '' },
      { ...makeStore('s1'), timezone: 42 },
      { ...makeStore('s1'), hours: { weekly: [{ day: 'someday', opens: '9', closes: '18:00' }] } },
      {
        ...makeStore('s1'),
        pickup: { enabled: 'yes', prepMinutes: 1, holdMinutes: 1, slots: false },
      },
      { ...makeStore('s1'), distanceKm: -1 },
    ];
    for (const value of bad) invalid(() => validateStore(value));
  });

  it('keeps a store whose time zone this browser does not know', () => {
    const stores = validateStoreList({
      stores: [
        { ...makeStore('s1'), timezone: 'Mars/Olympus' },
        { ...makeStore('s2'), timezone: 'Europe/Pariss' },
        makeStore('s3'),
      ],
    });
    expect(stores.map((s) => [s.id, s.timezone])).to.deep.equal([
      ['s1', 'Mars/Olympus'],
      ['s2', 'Europe/Pariss'],
      ['s3', 'Europe/Paris'],
    ]);
  });

  it('keeps a store whose name runs past 256 characters, its name cut with "…"', () => {
    const name = `Aisle ${'Très Grand Magasin '.repeat(100)}`; // 1,906 characters
    const store = validateStore({ ...makeStore('s1'), name });
    expect(store.name).to.have.length(256);
    expect(store.name).to.equal(`${name.slice(0, 255)}…`);
    expect(validateStore({ ...makeStore('s2'), name: 'x'.repeat(256) }).name).to.have.length(256);
    invalid(() => validateStore({ ...makeStore('s3'), name: ' '.repeat(300) }));
  });

  it('drops only a malformed holiday or detail, keeping the store', () => {
    const warnings = captureWarnings();
    try {
      const store = validateStore({
        ...makeStore('s1'),
        phone: 42,
        hours: {
          weekly: [],
          exceptions: [
            { date: '25/12/2026', closed: true },
            { date: '2026-02-30', closed: true },
            { date: '2026-12-31', closed: true, label: 7 },
          ],
        },
      });
      expect(store.id).to.equal('s1');
      expect(store.phone).to.equal(undefined);
      expect(store.hours.exceptions).to.deep.equal([{ date: '2026-12-31', closed: true }]);
      expect(warnings.messages.join('\n')).to.contain('Dropped 2 invalid hours exception');
    } finally {
      warnings.restore();
    }
  });

  it("keeps a store's web link only when it is http(s): never a javascript: or data: URL", () => {
    const warnings = captureWarnings();
    try {
      const url = (value: string) => validateStore({ ...makeStore('s1'), url: value }).url;
      expect(url('https://shop.example/stores/s1')).to.equal('https://shop.example/stores/s1');
      expect(url('HTTP://shop.example/')).to.equal('HTTP://shop.example/');
      expect(url('javascript:alert(1)//https://x')).to.equal(undefined);
      expect(url(' javascript:alert(1)')).to.equal(undefined);
      expect(url('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
      expect(url('//evil.example/')).to.equal(undefined);
      expect(warnings.messages.join('\n')).to.contain('http(s) URL');
    } finally {
      warnings.restore();
    }
  });

  it('accepts the store ids store systems use', () => {
    for (const id of ['FR 0042', 'fr/lyon/12', 'magasin-évry', 'store#12', 'x'.repeat(256)]) {
      expect(validateStore({ ...makeStore('s1'), id }).id).to.equal(id);
    }
  });

  it('names the failing field in the error', () => {
    const e = invalid(() => validateStore({ ...makeStore('s1'), location: { lat: '48', lng: 2 } }));
    expect(e.message).to.contain('$.location.lat');
  });

  it('drops lying availability entries, one warning per list, and never says in stock', () => {
    const warnings = captureWarnings();
    try {
      const list = validateAvailabilityList({
        availability: [
          makeEntry('A', 's1'),
          { ...makeEntry('B', 's1'), status: 'maybe' },
          { ...makeEntry('C', 's1'), quantity: '-3' },
          { ...makeEntry('D', 's1'), quantity: -3 },
          { ...makeEntry('E', 's1'), quantity: Number.NaN },
          { ...makeEntry('F', 's1'), quantity: 1.5 },
          { ...makeEntry('G', 's1'), updatedAt: 'yesterday' },
          { ...makeEntry('H', 's1'), sku: undefined },
          { ...makeEntry('I', 's1'), restockDate: '2026-13-01' },
          makeEntry('J', 's1', { status: 'low_stock', quantity: 0, restockDate: '2026-12-01' }),
        ],
      });
      // A malformed restock date is left out (I keeps its status); J's "low stock, 0 left" is
      // out of stock, as every element says.
      expect(list.map((e) => [e.sku, e.status, e.restockDate])).to.deep.equal([
        ['A', 'in_stock', undefined],
        ['I', 'in_stock', undefined],
        ['J', 'out_of_stock', '2026-12-01'],
      ]);
      expect(warnings.messages.join('\n')).to.contain('Dropped 7 invalid availability entry');
      expect(warnings.messages.filter((m) => m.includes('Dropped'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('accepts a bare array and rejects a list that is not one', () => {
    expect(validateAvailabilityList([makeEntry('A', 's1')])).to.have.length(1);
    invalid(() => validateAvailabilityList({ availability: 'none' }));
    invalid(() => validateAvailabilityList({ entries: [] }));
    invalid(() => validateAvailabilityList(undefined));
  });

  it('drops invalid stores and slots from lists', () => {
    const warnings = captureWarnings();
    try {
      const stores = validateStoreList({ stores: [makeStore('a'), { id: 'b' }, makeStore('c')] });
      expect(stores.map((s) => s.id)).to.deep.equal(['a', 'c']);
      const slots = validateSlotList({
        slots: [
          { id: 'x', start: '2026-11-24T10:00:00Z', end: '2026-11-24T10:30:00Z', remaining: 0 },
          { id: 'y', start: 'soon', end: '2026-11-24T10:30:00Z', remaining: 1 },
          // Ends before it starts, or when it starts; then "x" again.
          { id: 'z', start: '2026-11-24T11:30:00Z', end: '2026-11-24T10:30:00Z', remaining: 1 },
          { id: 'w', start: '2026-11-24T10:30:00Z', end: '2026-11-24T10:30:00Z', remaining: 1 },
          { id: 'x', start: '2026-11-24T10:00:00Z', end: '2026-11-24T10:30:00Z', remaining: 0 },
        ],
      });
      expect(slots.map((s) => s.id)).to.deep.equal(['x']);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[1]).to.contain('Dropped 1 invalid slot(s)');
    } finally {
      warnings.restore();
    }
  });

  it('rejects holds and reservations with unknown statuses or quantities', () => {
    expect(validateHold(hold).id).to.equal('h1');
    invalid(() => validateHold({ ...hold, status: 'maybe' }));
    invalid(() => validateHold({ ...hold, quantity: 0 }));
    invalid(() => validateHold({ ...hold, expiresAt: '2026-11-23' }));
    // Not the hold asked for, or not a live one: the shopper would be shown a hold they lack.
    const asked = { sku: 'A', storeId: 's1', quantity: 1 };
    expect(validateHold(hold, asked).id).to.equal('h1');
    invalid(() => validateHold({ ...hold, sku: 'B' }, asked));
    invalid(() => validateHold({ ...hold, storeId: 's2' }, asked));
    invalid(() => validateHold({ ...hold, quantity: 7 }, asked));
    invalid(() => validateHold({ ...hold, status: 'released' }, asked));
    // The slot: compared when both name one (slotId is optional in a hold answer).
    const slotted = { ...asked, slotId: 'slot-a' };
    expect(validateHold({ ...hold, slotId: 'slot-a' }, slotted).slotId).to.equal('slot-a');
    expect(validateHold(hold, slotted).id).to.equal('h1');
    expect(validateHold({ ...hold, slotId: 'slot-b' }, asked).slotId).to.equal('slot-b');
    try {
      validateHold({ ...hold, slotId: 'slot-b' }, slotted);
      expect.fail('a hold of another slot was taken');
    } catch (e) {
      expect(e).to.include({ kind: 'invalid-response', holdId: 'h1', slotTaken: true });
    }
    invalid(() => validateHold({ ...hold, status: 'expired' }));
    invalid(() => validateReservation({ ...reservation, code: '' }));
    invalid(() => validateReservation({ ...reservation, slot: { id: 'x' } }));
  });

  it('refuses a date-time without an offset (it would be read in the shopper’s zone)', () => {
    const local = '2026-11-23T10:00:00';
    invalid(() => validateAvailabilityEntry(makeEntry('A', 's1', { updatedAt: local })));
    invalid(() => validateHold({ ...hold, expiresAt: local }));
    invalid(() => validateReservation({ ...reservation, readyAt: local }));
  });

  it('rejects a store list where not one store is usable: a broken answer, not an empty one', () => {
    const warnings = captureWarnings();
    try {
      invalid(() => validateStoreList({ stores: [{ id: 'b' }, { id: 'c', name: 3 }] }));
      expect(validateStoreList({ stores: [] })).to.deep.equal([]); // truly empty stays empty
      // Availability stays per pair, whatever shares its batch: that pair is unknown.
      const alone = [{ ...makeEntry('A', 's1'), status: 'preorder' }];
      expect(validateAvailabilityList(alone)).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('turns a lying availability answer into unknown through the client', async () => {
    useHandlers(
      http.get(`*${API}/availability`, () =>
        HttpResponse.json({
          availability: [
            { ...makeEntry('A', 's1'), status: 'maybe' },
            { ...makeEntry('B', 's1'), quantity: '-3' },
            makeEntry('C', 's1', { status: 'out_of_stock', quantity: 0 }),
          ],
        }),
      ),
    );
    const warnings = captureWarnings();
    try {
      const client = new AisleClient({ api: API });
      const [a, b, c] = await Promise.all(
        ['A', 'B', 'C'].map((sku) => client.availability(sku, 's1')),
      );
      expect(a!.value).to.equal(undefined);
      expect(b!.value).to.equal(undefined);
      expect(c!.value?.status).to.equal('out_of_stock');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('rejects a schema-invalid availability answer with a typed error', async () => {
    useHandlers(
      http.get(`*${API}/availability`, () =>
        HttpResponse.json({ availability: { A: 'in_stock' } }),
      ),
    );
    const client = new AisleClient({ api: API });
    const e = await client.availability('A', 's1').catch((err: unknown) => err);
    expect((e as AisleApiError).kind).to.equal('invalid-response');
  });
});
