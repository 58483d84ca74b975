/**
 * A store that publishes no hours (`weekly: []`, no dated opening): "Hours not available", never
 * "Closed" every day, never open now, and no pickup promise made up from hours it does not have.
 */
import { expect } from '@open-wc/testing';
import { pickupPromise, pickupReadyTime } from '../../src/hours/pickup.js';
import { hoursPublished } from '../../src/hours/schedule.js';
import { formatOpenStatus, getOpenStatus } from '../../src/hours/status.js';
import { rowText, weeklyTable } from '../../src/hours/table.js';
import { isOpenAt } from '../../src/components/store-locator/store-hours.js';
import { at, plain, storeWith } from './helpers.js';

const monday = at('2026-11-23T09:00:00Z'); // 10:00 in Paris
const status = (store = storeWith([]), now = monday) => {
  const s = getOpenStatus(store, now);
  return {
    state: s.state,
    en: plain(formatOpenStatus(s, 'en-GB', store.timezone)),
    fr: plain(formatOpenStatus(s, 'fr-FR', store.timezone)),
  };
};

describe('hours: a store that publishes none', () => {
  it('reads "Hours not available", in English and French, and is not open now', () => {
    const none = storeWith([]);
    expect(hoursPublished(none)).to.equal(false);
    expect(status(none)).to.deep.equal({
      state: 'unknown',
      en: 'Hours not available',
      fr: 'Horaires non communiqués',
    });
    expect(isOpenAt(none, monday)).to.equal(false);
  });

  it('lists its days as not available, not closed; a dated closure stays closed', () => {
    const store = storeWith([], {
      exceptions: [{ date: '2026-11-25', closed: true, label: 'Inventory' }],
    });
    const rows = weeklyTable(store, monday, 'en-GB');
    expect(rows.map(rowText)[0]).to.equal('Hours not available');
    expect(rows.map(rowText)[2]).to.equal('Closed (Inventory)');
    expect(rows.filter((r) => r.closed).map((r) => r.date)).to.deep.equal(['2026-11-25']);
    expect(weeklyTable(store, monday, 'fr-FR')[1]!.ranges).to.equal('Horaires non communiqués');
    // On the closure itself it is known to be closed today.
    expect(status(store, at('2026-11-25T09:00:00Z')).en).to.equal('Closed today');
  });

  it('is a store with hours when it publishes only dated openings (a pop-up store)', () => {
    const popUp = storeWith([], {
      exceptions: [{ date: '2026-11-23', opens: '09:00', closes: '19:00' }],
    });
    expect(hoursPublished(popUp)).to.equal(true);
    expect(status(popUp).en).to.equal('Open · closes at 19:00');
    expect(weeklyTable(popUp, monday, 'en-GB')[1]!.ranges).to.equal('Closed');
  });

  it('makes no pickup promise of its own: only the API’s time, when it gives one', () => {
    const none = storeWith([]);
    expect(pickupPromise(none, monday)).to.equal(undefined);
    expect(pickupReadyTime(none, undefined, monday)).to.equal(undefined);
    const entry = {
      sku: 'A',
      storeId: none.id,
      status: 'in_stock' as const,
      updatedAt: monday.toISOString(),
      pickupReadyAt: '2026-11-23T15:00:00Z',
    };
    expect(pickupReadyTime(none, entry, monday)?.toISOString()).to.equal(
      '2026-11-23T15:00:00.000Z',
    );
  });
});
