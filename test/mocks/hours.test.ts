import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { AvailabilityEntry, PickupSlot, Store } from '../../src/client/types.js';
import { createMockApi } from '../../src/mocks/mock-api.js';
import { makeStore } from '../geo/fixtures.js';
import { useHandlers } from '../helpers/mock-api.js';

type Availability = { availability: AvailabilityEntry[] };
type Slots = { slots: PickupSlot[] };

/** A mock API serving one store, with one product in stock there. */
function serve(store: Store) {
  const api = createMockApi({ base: '/hours/v1', stores: [store] });
  useHandlers(...api.handlers);
  const sku = api.products[0]!.sku;
  api.setStock(sku, store.id, { status: 'in_stock', quantity: 5 });
  const json = async <T>(path: string) => (await (await fetch(`/hours/v1${path}`)).json()) as T;
  return {
    readyAt: async () =>
      (await json<Availability>(`/availability?skus=${sku}&stores=${store.id}`)).availability[0]
        ?.pickupReadyAt,
    slotStarts: async (date: string) =>
      (await json<Slots>(`/stores/${store.id}/slots?date=${date}`)).slots.map((s) => s.start),
  };
}

describe('mock API: opening hours are those of src/hours', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());
  const setNow = (iso: string) =>
    (clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date'] }));

  // Friday 24 December 2027, Paris (UTC+1): special hours in two ranges, 10:00–12:00 and 14:00–16:00.
  const xmasEve = (prepMinutes: number) =>
    makeStore({
      hours: {
        weekly: makeStore().hours.weekly,
        exceptions: [
          { date: '2027-12-24', opens: '10:00', closes: '12:00' },
          { date: '2027-12-24', opens: '14:00', closes: '16:00' },
        ],
      },
      pickup: { enabled: true, prepMinutes, holdMinutes: 30, slots: true },
    });

  it('a date with special hours in two ranges keeps both: ready in the afternoon range', async () => {
    const api = serve(xmasEve(120));
    // 11:45: two hours do not fit before noon, they fit from 14:00 to 16:00.
    setNow('2027-12-24T10:45:00Z');
    expect(await api.readyAt()).to.equal('2027-12-24T15:00:00.000Z');
    // No slot that day starts once the order is ready.
    expect(await api.slotStarts('2027-12-24')).to.deep.equal([]);
  });

  it('offers slots in each range of a split special day', async () => {
    const api = serve(xmasEve(60));
    // 08:00, before opening: ready at 11:00; slots at 11:00, 14:00 and 15:00.
    setNow('2027-12-24T07:00:00Z');
    expect(await api.readyAt()).to.equal('2027-12-24T10:00:00.000Z');
    expect(await api.slotStarts('2027-12-24')).to.deep.equal([
      '2027-12-24T10:00:00.000Z',
      '2027-12-24T13:00:00.000Z',
      '2027-12-24T14:00:00.000Z',
    ]);
  });

  it('a store open 00:00–24:00 every day prepares through midnight', async () => {
    const api = serve(
      makeStore({
        hours: {
          weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
            day,
            opens: '00:00',
            closes: '24:00',
          })),
          exceptions: [],
        },
        pickup: { enabled: true, prepMinutes: 120, holdMinutes: 30, slots: true },
      }),
    );
    // Tuesday 15 June 2027, 22:30 in Paris (UTC+2): ready at 00:30, not two hours after midnight.
    setNow('2027-06-15T20:30:00Z');
    expect(await api.readyAt()).to.equal('2027-06-15T22:30:00.000Z');
    // The next day's slots start with the first hour after 00:30: 01:00.
    const next = await api.slotStarts('2027-06-16');
    expect(next[0]).to.equal('2027-06-15T23:00:00.000Z');
    expect(next).to.have.length(23);
  });
});
