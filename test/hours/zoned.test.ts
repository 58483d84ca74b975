import { expect } from '@open-wc/testing';
import {
  addDays,
  dateKeyOf,
  daysBetween,
  offsetMinutes,
  parseClock,
  weekdayOf,
  zonedInstant,
} from '../../src/hours/zoned.js';

describe('hours/zoned', () => {
  it('reads local dates and offsets in several zones', () => {
    const t = new Date('2026-11-22T23:30:00Z');
    expect(dateKeyOf(t, 'Europe/Paris')).to.equal('2026-11-23');
    expect(dateKeyOf(t, 'America/New_York')).to.equal('2026-11-22');
    expect(dateKeyOf(t, 'Pacific/Auckland')).to.equal('2026-11-23');
    expect(offsetMinutes(t, 'Europe/Paris')).to.equal(60);
    expect(offsetMinutes(t, 'America/New_York')).to.equal(-300);
    expect(offsetMinutes(t, 'Asia/Kolkata')).to.equal(330);
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Europe/Paris')).to.equal(120);
  });

  it('maps local times to instants across the Paris DST changes', () => {
    // Last Sunday of March 2026: 02:00 local becomes 03:00 (01:00 UTC).
    expect(zonedInstant('2026-03-29', 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-03-29T00:00:00.000Z',
    );
    expect(zonedInstant('2026-03-29', 9 * 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-03-29T07:00:00.000Z',
    );
    // 02:30 does not exist that night: it maps to 03:30 CEST.
    expect(zonedInstant('2026-03-29', 150, 'Europe/Paris').toISOString()).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
    // Last Sunday of October 2026: 03:00 local becomes 02:00 (01:00 UTC).
    expect(zonedInstant('2026-10-25', 9 * 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-10-25T08:00:00.000Z',
    );
    expect(zonedInstant('2026-10-24', 9 * 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-10-24T07:00:00.000Z',
    );
    // 02:30 happens twice: the later one (CET).
    expect(zonedInstant('2026-10-25', 150, 'Europe/Paris').toISOString()).to.equal(
      '2026-10-25T01:30:00.000Z',
    );
    // Minutes past 24:00 roll into the next day.
    expect(zonedInstant('2026-11-23', 1440 + 120, 'Europe/Paris').toISOString()).to.equal(
      '2026-11-24T01:00:00.000Z',
    );
  });

  it('does calendar arithmetic on local dates', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(weekdayOf('2026-11-23')).to.equal('mon');
    expect(weekdayOf('2026-03-29')).to.equal('sun');
  });

  it('parses clock times strictly', () => {
    expect(parseClock('09:30')).to.equal(570);
    expect(parseClock('24:00')).to.equal(1440);
    expect(parseClock('24:01')).to.equal(undefined);
    expect(parseClock('9h30')).to.equal(undefined);
    expect(parseClock('12:60')).to.equal(undefined);
    expect(parseClock(undefined)).to.equal(undefined);
  });
});
