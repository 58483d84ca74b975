/**
 * A store in a time zone this browser's `Intl` does not know (misspelt, or newer than the
 * browser): kept, its hours shown as published, never a status or a pickup promise worked out in
 * a zone it is not in, and nothing throws.
 */
import { expect } from '@open-wc/testing';
import { formatClock } from '../../src/hours/format-time.js';
import { pickupPromise } from '../../src/hours/pickup.js';
import { openIntervals } from '../../src/hours/schedule.js';
import { formatOpenStatus, getOpenStatus } from '../../src/hours/status.js';
import { laterExceptions, rowText, weeklyTable } from '../../src/hours/table.js';
import { dateKeyOf, isTimeZone } from '../../src/hours/zoned.js';
import { formatDate } from '../../src/i18n/format.js';
import { isOpenAt } from '../../src/components/store-locator/store-hours.js';
import { at, plain, storeWith } from './helpers.js';

const monday = at('2026-11-23T09:00:00Z');
const lost = storeWith(undefined, {
  timezone: 'Europe/Pariss',
  exceptions: [{ date: '2026-12-25', closed: true, label: 'Christmas' }],
});

describe('hours: a store in a time zone the browser does not know', () => {
  it('says no status, and is never open now', () => {
    expect(isTimeZone('Europe/Pariss')).to.equal(false);
    expect(isTimeZone('Europe/Paris')).to.equal(true);
    const s = getOpenStatus(lost, monday);
    expect(s.state).to.equal('unknown');
    expect(formatOpenStatus(s, 'en-GB', lost.timezone)).to.equal('');
    expect(formatOpenStatus(s, 'fr-FR', lost.timezone)).to.equal('');
    expect(isOpenAt(lost, monday)).to.equal(false);
  });

  it('shows its hours as published, in English and French', () => {
    const en = weeklyTable(lost, monday, 'en-GB');
    expect(en).to.have.length(7);
    expect(en.map(rowText).filter((t) => t === '09:00–19:00')).to.have.length(6);
    expect(plain(weeklyTable(lost, monday, 'fr-FR').find((r) => !r.closed)!.ranges)).to.equal(
      '9 h 00 – 19 h 00',
    );
    expect(laterExceptions(lost, monday, 'en-GB').map(rowText)).to.deep.equal([
      'Closed (Christmas)',
    ]);
  });

  it('makes no pickup promise and no opening instants of its own; formatting never throws', () => {
    expect(openIntervals(lost, '2026-11-23', '2026-11-30')).to.deep.equal([]);
    expect(pickupPromise(lost, monday)).to.equal(undefined);
    expect(
      pickupPromise({ ...lost, pickup: { ...lost.pickup, cutoff: '00:00' } }, monday),
    ).to.equal(undefined);
    // Times of a reservation or a slot read in the device's zone.
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(dateKeyOf(monday, lost.timezone)).to.equal(dateKeyOf(monday, device));
    expect(formatClock('en-GB', monday, lost.timezone)).to.equal(
      formatClock('en-GB', monday, device),
    );
    expect(formatClock('fr-FR', monday, lost.timezone)).to.equal(
      formatClock('fr-FR', monday, device),
    );
    expect(formatDate('de-DE', monday, lost.timezone)).to.equal(
      formatDate('de-DE', monday, device),
    );
  });
});
