import { expect } from '@open-wc/testing';
import { formatOpenStatus, getOpenStatus, type OpenStatus } from '../../src/hours/status.js';
import { ALL_DAYS, at, plain, storeWith, week } from './helpers.js';

const iso = (d?: Date) => d?.toISOString();
const text = (s: OpenStatus, locale: string, tz = 'Europe/Paris') =>
  plain(formatOpenStatus(s, locale, tz));

describe('hours/status', () => {
  const shop = storeWith(); // Mon–Sat 09:00–19:00, Paris

  it('is open with the closing time, in English and French', () => {
    const s = getOpenStatus(shop, at('2026-11-23T09:00:00Z')); // Monday 10:00
    expect(s.state).to.equal('open');
    expect(iso(s.closesAt)).to.equal('2026-11-23T18:00:00.000Z');
    expect(iso(s.nextOpen)).to.equal('2026-11-24T08:00:00.000Z');
    expect(s.todayClosed).to.equal(false);
    expect(text(s, 'en-GB')).to.equal('Open · closes at 19:00');
    expect(text(s, 'fr-FR')).to.equal('Ouvert · ferme à 19 h 00');
    expect(text(s, 'en-US')).to.equal('Open · closes at 7:00 PM');
  });

  it('closes "at midnight" as the day ends, not "tomorrow at 00:00"', () => {
    const late = storeWith(week(ALL_DAYS, '08:00', '24:00'));
    const s = getOpenStatus(late, at('2026-11-23T19:00:00Z')); // Monday 20:00
    expect(iso(s.closesAt)).to.equal('2026-11-23T23:00:00.000Z');
    expect(text(s, 'en-GB')).to.equal('Open · closes at midnight');
    expect(text(s, 'en-US')).to.equal('Open · closes at midnight');
    expect(text(s, 'fr-FR')).to.equal('Ouvert · ferme à minuit');
    // Round the clock on weekdays: closing as Friday ends, said as Friday's midnight.
    const weekdays = storeWith(week(['mon', 'tue', 'wed', 'thu', 'fri'], '00:00', '24:00'));
    const monday = getOpenStatus(weekdays, at('2026-11-23T09:00:00Z'));
    expect(iso(monday.closesAt)).to.equal('2026-11-27T23:00:00.000Z');
    expect(text(monday, 'en-GB')).to.equal('Open · closes Friday at midnight');
    expect(text(monday, 'fr-FR')).to.equal('Ouvert · ferme vendredi à minuit');
    const thursday = getOpenStatus(weekdays, at('2026-11-26T09:00:00Z'));
    expect(text(thursday, 'en-US')).to.equal('Open · closes tomorrow at midnight');
    // Past midnight, an overnight store still says the hour it closes.
    const night = storeWith(week(ALL_DAYS, '20:00', '02:00'));
    expect(text(getOpenStatus(night, at('2026-11-23T22:00:00Z')), 'en-GB')).to.equal(
      'Open · closes tomorrow at 02:00',
    );
  });

  it('is closing soon in the last 30 minutes, and closed at closing time', () => {
    const soon = getOpenStatus(shop, at('2026-11-23T17:31:00Z'));
    expect(soon.state).to.equal('closing-soon');
    expect(text(soon, 'en-GB')).to.equal('Closing soon · closes at 19:00');
    expect(text(soon, 'fr-FR')).to.equal('Ferme bientôt · ferme à 19 h 00');
    expect(getOpenStatus(shop, at('2026-11-23T17:29:00Z')).state).to.equal('open');
    const closed = getOpenStatus(shop, at('2026-11-23T18:00:00Z'));
    expect(closed.state).to.equal('closed');
    expect(text(closed, 'en-GB')).to.equal('Closed · opens tomorrow at 09:00');
    expect(text(closed, 'fr-FR')).to.equal('Fermé · ouvre demain à 9 h 00');
    expect(getOpenStatus(shop, at('2026-11-23T17:00:00Z'), { soonMinutes: 60 }).state).to.equal(
      'closing-soon',
    );
  });

  it('is opening soon in the 30 minutes before opening', () => {
    const s = getOpenStatus(shop, at('2026-11-23T07:40:00Z')); // 08:40
    expect(s.state).to.equal('opening-soon');
    expect(iso(s.opensAt)).to.equal('2026-11-23T08:00:00.000Z');
    expect(text(s, 'en-GB')).to.equal('Opening soon · opens at 09:00');
    expect(text(s, 'fr-FR')).to.equal('Ouvre bientôt · ouvre à 9 h 00');
    expect(getOpenStatus(shop, at('2026-11-23T07:00:00Z')).state).to.equal('closed');
  });

  it('says closed today on a day off, and names the day of the next opening', () => {
    const sunday = getOpenStatus(shop, at('2026-11-29T11:00:00Z'));
    expect(sunday).to.include({ state: 'closed', todayClosed: true });
    expect(text(sunday, 'en-GB')).to.equal('Closed today · opens tomorrow at 09:00');
    const holiday = storeWith(undefined, {
      exceptions: [{ date: '2026-11-28', closed: true, label: 'Inventory' }],
    });
    const saturday = getOpenStatus(holiday, at('2026-11-28T11:00:00Z'));
    expect(saturday.todayClosed).to.equal(true);
    expect(saturday.exception?.label).to.equal('Inventory');
    expect(iso(saturday.opensAt)).to.equal('2026-11-30T08:00:00.000Z');
    expect(text(saturday, 'en-GB')).to.equal('Closed today · opens Monday at 09:00');
    expect(text(saturday, 'fr-FR')).to.equal('Fermé aujourd’hui · ouvre lundi à 9 h 00');
  });

  it('reopens after a lunch break the same day', () => {
    const split = storeWith([
      ...week(['mon', 'tue'], '09:00', '12:00'),
      ...week(['mon', 'tue'], '14:00', '19:00'),
    ]);
    const morning = getOpenStatus(split, at('2026-11-23T09:00:00Z'));
    expect(iso(morning.closesAt)).to.equal('2026-11-23T11:00:00.000Z');
    expect(iso(morning.nextOpen)).to.equal('2026-11-23T13:00:00.000Z');
    const lunch = getOpenStatus(split, at('2026-11-23T11:45:00Z'));
    expect(lunch).to.include({ state: 'closed', todayClosed: false });
    expect(text(lunch, 'en-GB')).to.equal('Closed · opens at 14:00');
  });

  it('uses the store’s time zone, not the browser’s', () => {
    const ny = storeWith(undefined, { timezone: 'America/New_York' });
    const early = getOpenStatus(ny, at('2026-11-23T13:30:00Z')); // 08:30 in New York
    expect(early.state).to.equal('opening-soon');
    expect(iso(early.opensAt)).to.equal('2026-11-23T14:00:00.000Z');
    expect(text(early, 'en-US', 'America/New_York')).to.equal('Opening soon · opens at 9:00 AM');

    // Sunday 22:00 in Paris is already Monday 10:00 in Auckland.
    const nz = storeWith(undefined, { timezone: 'Pacific/Auckland' });
    const s = getOpenStatus(nz, at('2026-11-22T21:00:00Z'));
    expect(s.state).to.equal('open');
    expect(iso(s.closesAt)).to.equal('2026-11-23T06:00:00.000Z');
    expect(text(s, 'fr-FR', 'Pacific/Auckland')).to.equal('Ouvert · ferme à 19 h 00');
    expect(getOpenStatus(shop, at('2026-11-22T21:00:00Z')).state).to.equal('closed');
  });

  it('follows overnight ranges into the next day', () => {
    const late = storeWith(week(['fri'], '20:00', '02:00'));
    const s = getOpenStatus(late, at('2026-11-28T00:30:00Z')); // Saturday 01:30
    expect(s.state).to.equal('closing-soon');
    expect(iso(s.closesAt)).to.equal('2026-11-28T01:00:00.000Z');
    expect(iso(s.nextOpen)).to.equal('2026-12-04T19:00:00.000Z');
    const friday = getOpenStatus(late, at('2026-11-27T21:00:00Z')); // Friday 22:00
    expect(text(friday, 'en-GB')).to.equal('Open · closes tomorrow at 02:00');
    expect(text(friday, 'fr-FR')).to.equal('Ouvert · ferme demain à 2 h 00');
  });

  it('keeps local opening times across the March DST change (Europe/Paris)', () => {
    const daily = storeWith(week(ALL_DAYS, '09:00', '19:00'));
    const sat = getOpenStatus(daily, at('2026-03-28T19:00:00Z')); // Saturday 20:00 CET
    expect(iso(sat.opensAt)).to.equal('2026-03-29T07:00:00.000Z'); // 09:00 CEST
    expect(text(sat, 'en-GB')).to.equal('Closed · opens tomorrow at 09:00');
    const sun = getOpenStatus(daily, at('2026-03-29T07:30:00Z'));
    expect(sun.state).to.equal('open');
    expect(iso(sun.closesAt)).to.equal('2026-03-29T17:00:00.000Z');
    // A night range that loses an hour: 22:00 CET to 06:00 CEST is 7 hours.
    const night = storeWith(week(['sat'], '22:00', '06:00'));
    const n = getOpenStatus(night, at('2026-03-29T03:45:00Z'));
    expect(n.state).to.equal('closing-soon');
    expect(iso(n.closesAt)).to.equal('2026-03-29T04:00:00.000Z');
    expect(text(n, 'en-GB')).to.equal('Closing soon · closes at 06:00');
  });

  it('keeps local opening times across the October DST change (Europe/Paris)', () => {
    const daily = storeWith(week(ALL_DAYS, '09:00', '19:00'));
    const sun = getOpenStatus(daily, at('2026-10-25T07:30:00Z')); // 08:30 CET
    expect(sun.state).to.equal('opening-soon');
    expect(iso(sun.opensAt)).to.equal('2026-10-25T08:00:00.000Z');
    // 22:00 CEST to 06:00 CET is 9 hours.
    const night = storeWith(week(['sat'], '22:00', '06:00'));
    const n = getOpenStatus(night, at('2026-10-25T04:00:00Z')); // 05:00 CET
    expect(n.state).to.equal('open');
    expect(iso(n.closesAt)).to.equal('2026-10-25T05:00:00.000Z');
    const start = getOpenStatus(night, at('2026-10-24T19:50:00Z')); // 21:50 CEST
    expect(start.state).to.equal('opening-soon');
    expect(iso(start.opensAt)).to.equal('2026-10-24T20:00:00.000Z');
  });

  it('lets exceptions override weekly hours', () => {
    const xmas = storeWith(undefined, {
      exceptions: [
        { date: '2026-12-24', opens: '09:00', closes: '16:00', label: 'Christmas Eve' },
        { date: '2026-12-25', closed: true, label: 'Christmas Day' },
        { date: '2026-12-27', opens: '10:00', closes: '18:00' }, // a Sunday opening
      ],
    });
    const eve = getOpenStatus(xmas, at('2026-12-24T14:45:00Z'));
    expect(eve.state).to.equal('closing-soon');
    expect(iso(eve.closesAt)).to.equal('2026-12-24T15:00:00.000Z');
    expect(eve.exception?.label).to.equal('Christmas Eve');
    const after = getOpenStatus(xmas, at('2026-12-24T15:00:00Z'));
    expect(iso(after.opensAt)).to.equal('2026-12-26T08:00:00.000Z');
    expect(text(after, 'en-GB')).to.equal('Closed · opens Saturday at 09:00');
    expect(getOpenStatus(xmas, at('2026-12-25T10:00:00Z')).todayClosed).to.equal(true);
    const sunday = getOpenStatus(xmas, at('2026-12-27T10:00:00Z'));
    expect(sunday.state).to.equal('open');
    expect(iso(sunday.closesAt)).to.equal('2026-12-27T17:00:00.000Z');
  });

  it('handles round-the-clock stores and stores that publish no hours', () => {
    const always = storeWith(week(ALL_DAYS, '00:00', '00:00'));
    const s = getOpenStatus(always, at('2026-11-23T03:00:00Z'));
    expect(s.state).to.equal('open');
    expect(s.closesAt).to.equal(undefined);
    expect(text(s, 'en-GB')).to.equal('Open 24 hours');
    expect(text(s, 'fr-FR')).to.equal('Ouvert 24 h/24');

    // `weekly: []`: hours not published, not "closed" (no-hours.test.ts).
    const never = storeWith([]);
    const n = getOpenStatus(never, at('2026-11-23T10:00:00Z'));
    expect(n.state).to.equal('unknown');
    expect(n.opensAt).to.equal(undefined);
    expect(text(n, 'fr-FR')).to.equal('Horaires non communiqués');
  });

  it('names the date when the next opening is a week or more away', () => {
    const closedWeek = storeWith(undefined, {
      exceptions: ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map(
        (date) => ({ date, closed: true }),
      ),
    });
    const s = getOpenStatus(closedWeek, at('2026-11-23T19:00:00Z'));
    expect(iso(s.opensAt)).to.equal('2026-11-30T08:00:00.000Z');
    expect(text(s, 'en-GB')).to.equal('Closed · opens Monday 30 November at 09:00');
    expect(text(s, 'fr-FR')).to.equal('Fermé · ouvre lundi 30 novembre à 9 h 00');
  });
});
