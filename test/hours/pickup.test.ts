import { expect } from '@open-wc/testing';
import { formatPickupPromise, pickupPromise, pickupReadyTime } from '../../src/hours/pickup.js';
import type { Store } from '../../src/client/types.js';
import { ALL_DAYS, at, plain, storeWith, week } from './helpers.js';

const base = storeWith(); // Mon–Sat 09:00–19:00 Paris, prep 120 min
const withPickup = (store: Store, pickup: Partial<Store['pickup']>): Store => ({
  ...store,
  pickup: { ...store.pickup, ...pickup },
});

function promise(store: Store, iso: string) {
  const now = at(iso);
  const p = pickupPromise(store, now);
  if (!p) throw new Error('expected a promise');
  return {
    readyAt: p.readyAt.toISOString(),
    sameDay: p.sameDay,
    en: plain(formatPickupPromise(p, 'en-GB', store.timezone, now)),
    fr: plain(formatPickupPromise(p, 'fr-FR', store.timezone, now)),
  };
}

describe('hours/pickup', () => {
  it('is ready after the preparation time when it fits before closing', () => {
    expect(promise(base, '2026-11-23T14:30:00Z')).to.deep.equal({
      readyAt: '2026-11-23T16:30:00.000Z',
      sameDay: true,
      en: 'Ready today at 17:30',
      fr: 'Disponible aujourd’hui dès 17 h 30',
    });
  });

  it('moves to the next opening when preparation would end after closing', () => {
    // 17:30 + 2 h is past 19:00: ready 2 h after Tuesday's opening.
    expect(promise(base, '2026-11-23T16:30:00Z')).to.deep.equal({
      readyAt: '2026-11-24T10:00:00.000Z',
      sameDay: false,
      en: 'Ready tomorrow at 11:00',
      fr: 'Disponible demain dès 11 h 00',
    });
    // Exactly fits: 17:00 + 2 h = 19:00.
    expect(promise(base, '2026-11-23T16:00:00Z').readyAt).to.equal('2026-11-23T18:00:00.000Z');
  });

  it('before opening, counts from the opening', () => {
    expect(promise(base, '2026-11-23T05:00:00Z')).to.include({
      readyAt: '2026-11-23T10:00:00.000Z',
      en: 'Ready today at 11:00',
    });
  });

  it('honours the same-day cutoff', () => {
    const cut = withPickup(storeWith(), { prepMinutes: 60, cutoff: '16:00' });
    expect(promise(cut, '2026-11-23T14:59:00Z')).to.include({
      readyAt: '2026-11-23T15:59:00.000Z',
      en: 'Ready today at 16:59',
    });
    expect(promise(cut, '2026-11-23T15:00:00Z')).to.include({
      readyAt: '2026-11-24T09:00:00.000Z',
      en: 'Ready tomorrow at 10:00',
      fr: 'Disponible demain dès 10 h 00',
    });
    // After the cutoff on Saturday: Sunday is closed, so Monday.
    expect(promise(cut, '2026-11-28T16:30:00Z')).to.include({
      readyAt: '2026-11-30T09:00:00.000Z',
      en: 'Ready Monday at 10:00',
      fr: 'Disponible lundi dès 10 h 00',
    });
  });

  it('past the cutoff during a lunch break, is ready the next day, not this afternoon', () => {
    const days = ALL_DAYS.filter((d) => d !== 'sun');
    const split = withPickup(
      storeWith([...week(days, '09:00', '12:00'), ...week(days, '14:00', '19:00')]),
      { prepMinutes: 60, cutoff: '11:00' },
    );
    // Monday 12:30 in Paris: past the 11:00 cutoff, before the 14:00 reopening.
    expect(promise(split, '2026-11-23T11:30:00Z')).to.deep.equal({
      readyAt: '2026-11-24T09:00:00.000Z',
      sameDay: false,
      en: 'Ready tomorrow at 10:00',
      fr: 'Disponible demain dès 10 h 00',
    });
  });

  it('past the cutoff at a store open round the clock, is ready just after midnight', () => {
    const always = withPickup(storeWith(week(ALL_DAYS, '00:00', '24:00')), {
      prepMinutes: 30,
      cutoff: '18:00',
    });
    // Monday 19:00 in Paris: prepared from midnight.
    expect(promise(always, '2026-11-23T18:00:00Z')).to.include({
      readyAt: '2026-11-23T23:30:00.000Z',
      en: 'Ready tomorrow at 00:30',
    });
  });

  it('skips days off, holidays and special closures', () => {
    expect(promise(base, '2026-11-28T17:30:00Z')).to.include({ en: 'Ready Monday at 11:00' });
    const xmas = withPickup(
      storeWith(undefined, {
        exceptions: [
          { date: '2026-12-24', opens: '09:00', closes: '16:00' },
          { date: '2026-12-25', closed: true, label: 'Christmas Day' },
        ],
      }),
      { prepMinutes: 60 },
    );
    // Christmas Eve closes at 16:00: an order at 15:30 is ready on Saturday 26th.
    expect(promise(xmas, '2026-12-24T14:30:00Z')).to.deep.equal({
      readyAt: '2026-12-26T09:00:00.000Z',
      sameDay: false,
      en: 'Ready Saturday at 10:00',
      fr: 'Disponible samedi dès 10 h 00',
    });
    expect(promise(xmas, '2026-12-24T13:00:00Z').en).to.equal('Ready today at 15:00');
  });

  it('keeps local times across the DST change', () => {
    const daily = withPickup(storeWith(week(ALL_DAYS, '09:00', '19:00')), { prepMinutes: 60 });
    expect(promise(daily, '2026-03-28T18:30:00Z')).to.include({
      readyAt: '2026-03-29T08:00:00.000Z', // 10:00 CEST
      en: 'Ready tomorrow at 10:00',
    });
    expect(promise(daily, '2026-10-24T17:30:00Z')).to.include({
      readyAt: '2026-10-25T09:00:00.000Z', // 10:00 CET
      en: 'Ready tomorrow at 10:00',
    });
  });

  it('handles no preparation, long preparation, and disabled pickup', () => {
    const instant = withPickup(base, { prepMinutes: 0 });
    expect(promise(instant, '2026-11-23T09:00:00Z').readyAt).to.equal('2026-11-23T09:00:00.000Z');
    const warehouse = withPickup(base, { prepMinutes: 48 * 60 });
    expect(promise(warehouse, '2026-11-23T09:00:00Z')).to.include({
      readyAt: '2026-11-25T09:00:00.000Z',
      en: 'Ready Wednesday at 10:00',
    });
    expect(
      pickupPromise(withPickup(base, { enabled: false }), at('2026-11-23T09:00:00Z')),
    ).to.equal(undefined);
    expect(pickupPromise(storeWith([]), at('2026-11-23T09:00:00Z'))).to.equal(undefined);
  });

  it('formats in the store’s time zone for any shopper locale, naming the zone when the device is elsewhere', () => {
    const ny = storeWith(undefined, { timezone: 'America/New_York' });
    const now = at('2026-11-23T15:00:00Z'); // 10:00 in New York
    const p = pickupPromise(ny, now)!;
    expect(p.readyAt.toISOString()).to.equal('2026-11-23T17:00:00.000Z');
    // The tests' device is in Paris (web-test-runner.config.mjs; AISLE_TZ may move it).
    const offset = (timeZone: string) =>
      new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(p.readyAt);
    const away =
      offset('America/New_York') !== offset(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(plain(formatPickupPromise(p, 'en-US', 'America/New_York', now))).to.equal(
      `Ready today at 12:00 PM${away ? ' EST' : ''}`,
    );
    expect(plain(formatPickupPromise(p, 'fr-FR', 'America/New_York', now))).to.equal(
      `Disponible aujourd’hui dès 12 h 00${away ? ' (UTC−5)' : ''}`,
    );
    // A store in the device's own zone: no note (Paris, as the other tests here).
    if (offset(base.timezone) === offset(new Intl.DateTimeFormat().resolvedOptions().timeZone)) {
      const q = pickupPromise(base, now)!;
      expect(plain(formatPickupPromise(q, 'en-GB', base.timezone, now))).to.match(/\d$/);
    }
  });

  it("takes the API's pickupReadyAt for the product when it is later than the hours', else the hours", () => {
    const now = at('2026-11-23T14:30:00Z');
    const entry = (pickupReadyAt?: string) => ({
      sku: 'A',
      storeId: base.id,
      status: 'in_stock' as const,
      updatedAt: now.toISOString(),
      ...(pickupReadyAt ? { pickupReadyAt } : {}),
    });
    const ready = (e?: ReturnType<typeof entry>, store = base) =>
      pickupReadyTime(store, e, now)?.toISOString();
    // In transit: two days later than the hours would say.
    expect(ready(entry('2026-11-25T12:00:00Z'))).to.equal('2026-11-25T12:00:00.000Z');
    // No time, a time already past, or a garbled one: the hours' promise.
    expect(ready(undefined)).to.equal('2026-11-23T16:30:00.000Z');
    expect(ready(entry())).to.equal('2026-11-23T16:30:00.000Z');
    expect(ready(entry('2026-11-23T14:00:00Z'))).to.equal('2026-11-23T16:30:00.000Z');
    expect(ready(entry('soon'))).to.equal('2026-11-23T16:30:00.000Z');
    // No pickup at this store: no promise, whatever the API says.
    const off = withPickup(base, { enabled: false });
    expect(ready(entry('2026-11-25T12:00:00Z'), off)).to.equal(undefined);
  });

  it("moves the API's pickupReadyAt to the store's next opening when the store is closed then", () => {
    const now = at('2026-11-23T14:30:00Z'); // Monday 15:30 in Paris; open Mon–Sat 09:00–19:00
    const ready = (pickupReadyAt: string) =>
      pickupReadyTime(
        base,
        {
          sku: 'A',
          storeId: base.id,
          status: 'in_stock',
          updatedAt: now.toISOString(),
          pickupReadyAt,
        },
        now,
      )?.toISOString();
    // 21:00 on Monday, after closing: Tuesday's opening, 09:00.
    expect(ready('2026-11-23T20:00:00Z')).to.equal('2026-11-24T08:00:00.000Z');
    // Sunday noon (closed all day): Monday 09:00.
    expect(ready('2026-11-29T11:00:00Z')).to.equal('2026-11-30T08:00:00.000Z');
    // Within opening hours: as the API says.
    expect(ready('2026-11-24T13:00:00Z')).to.equal('2026-11-24T13:00:00.000Z');
    // Past the hours the store publishes (14 days): as the API says.
    expect(ready('2027-01-20T13:00:00Z')).to.equal('2027-01-20T13:00:00.000Z');
  });

  it("never promises earlier than the hours allow now, on a page left open past the API's time", () => {
    const said = (store: Store, readyAt: string, iso: string) => {
      const now = at(iso);
      const entry = { sku: 'A', storeId: store.id, status: 'in_stock' as const, updatedAt: iso };
      const p = pickupReadyTime(store, { ...entry, pickupReadyAt: readyAt }, now)!;
      return plain(formatPickupPromise({ readyAt: p }, 'en-GB', store.timezone, now));
    };
    // Checked at 16:50 in Paris: "18:55". Still ahead at 17:15, but 17:15 + 2 h is past closing.
    expect(said(base, '2026-11-23T17:55:00Z', '2026-11-23T15:50:00Z')).to.equal(
      'Ready today at 18:55',
    );
    expect(said(base, '2026-11-23T17:55:00Z', '2026-11-23T16:15:00Z')).to.equal(
      'Ready tomorrow at 11:00',
    );
    // The same on the night the clocks go forward (Saturday 28 March 2026, open every day).
    const daily = storeWith(week(ALL_DAYS, '09:00', '19:00'));
    expect(said(daily, '2026-03-28T17:55:00Z', '2026-03-28T16:15:00Z')).to.equal(
      'Ready tomorrow at 11:00',
    );
    // The API's time later than the hours' own promise (stock in transit) still wins.
    expect(said(daily, '2026-03-30T08:00:00Z', '2026-03-28T16:15:00Z')).to.equal(
      'Ready Monday at 10:00',
    );
  });
});
