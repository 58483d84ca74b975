import { expect } from '@open-wc/testing';
import { rowText, weeklyTable } from '../../src/hours/table.js';
import { at, plain, storeWith, week } from './helpers.js';

describe('hours/table', () => {
  const store = storeWith(
    [
      ...week(['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '12:30'),
      ...week(['mon', 'tue', 'wed', 'thu', 'fri'], '14:00', '19:00'),
      ...week(['sat'], '10:00', '18:00'),
    ],
    {
      exceptions: [
        { date: '2026-12-24', opens: '09:00', closes: '16:00', label: 'Christmas Eve' },
        { date: '2026-12-25', closed: true, label: 'Christmas Day' },
        { date: '2026-12-26', closed: true },
        { date: '2026-12-27', opens: '10:00', closes: '17:00' },
      ],
    },
  );

  it('lists the coming seven days from the store’s today, exceptions applied (English)', () => {
    const rows = weeklyTable(store, at('2026-12-22T23:30:00Z'), 'en-GB'); // Wed 23 in Paris
    expect(rows.map((r) => r.date)).to.deep.equal([
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
    ]);
    expect(rows.map((r) => r.today)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(rows.map((r) => r.day)).to.deep.equal([
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
      'Monday',
      'Tuesday',
    ]);
    expect(rows.map((r) => r.ranges)).to.deep.equal([
      '09:00–12:30, 14:00–19:00',
      '09:00–16:00',
      'Closed',
      'Closed',
      '10:00–17:00',
      '09:00–12:30, 14:00–19:00',
      '09:00–12:30, 14:00–19:00',
    ]);
    expect(rows.map((r) => r.note)).to.deep.equal([
      undefined,
      'Christmas Eve',
      'Christmas Day',
      'Special closure',
      'Special hours',
      undefined,
      undefined,
    ]);
    expect(rows.map((r) => r.closed)).to.deep.equal([
      false,
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('says "Closed" once on a closure without a label', () => {
    const rows = weeklyTable(store, at('2026-12-22T23:30:00Z'), 'en-GB');
    // Not "Closed (Closed (special closure))", as the locator's cards and the reserve dialog's
    // hours table read before.
    expect(rowText(rows[3]!)).to.equal('Closed (Special closure)');
    expect(rowText(rows[2]!)).to.equal('Closed (Christmas Day)');
  });

  it('shows a range the API lists twice once', () => {
    const twice = storeWith([
      ...week(['mon'], '09:00', '19:00'),
      ...week(['mon'], '09:00', '19:00'),
      ...week(['tue'], '00:00', '00:00'),
      ...week(['tue'], '00:00', '24:00'),
    ]);
    const rows = weeklyTable(twice, at('2026-11-23T10:00:00Z'), 'en-GB'); // Monday
    expect(rows[0]!.ranges).to.equal('09:00–19:00');
    expect(rows[1]!.ranges).to.equal('Open 24 hours');
  });

  it('speaks French and 12-hour English', () => {
    const fr = weeklyTable(store, at('2026-12-23T10:00:00Z'), 'fr-FR');
    expect(fr[0]!.day).to.equal('mercredi');
    expect(plain(fr[0]!.ranges)).to.equal('9 h 00 – 12 h 30, 14 h 00 – 19 h 00');
    expect(fr[2]!.ranges).to.equal('Fermé');
    expect(fr[3]!.note).to.equal('Fermeture exceptionnelle');
    expect(fr[4]!.note).to.equal('Horaires exceptionnels');
    const us = weeklyTable(store, at('2026-12-23T10:00:00Z'), 'en-US');
    expect(plain(us[1]!.ranges)).to.equal('9:00 AM–4:00 PM');
  });

  it('shows overnight ranges as written and a round-the-clock day as such', () => {
    const rows = weeklyTable(
      storeWith([
        ...week(['fri'], '20:00', '02:00'),
        ...week(['sat'], '00:00', '00:00'),
        ...week(['mon'], '00:00', '24:00'),
      ]),
      at('2026-11-27T12:00:00Z'),
      'en-GB',
    );
    expect(rows[0]).to.include({ weekday: 'fri', ranges: '20:00–02:00', closed: false });
    expect(rows[1]).to.include({ weekday: 'sat', ranges: 'Open 24 hours' });
    expect(rows[2]).to.include({ weekday: 'sun', closed: true });
    // Written as midnight to midnight, the same day.
    expect(rows[3]).to.include({ weekday: 'mon', ranges: 'Open 24 hours' });
  });
});
