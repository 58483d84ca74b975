import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ClientReservations } from '../../src/client/reservations.js';
import {
  validateContact,
  validateField,
  emptyContact,
} from '../../src/components/reserve-button/contact.js';
import { Countdown, formatCountdown } from '../../src/components/reserve-button/countdown.js';
import {
  buildIcs,
  escapeText,
  foldLine,
  formatUtc,
} from '../../src/components/reserve-button/ics.js';
import { formatWhen, pickupEvent } from '../../src/components/reserve-button/confirmation-step.js';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { matrixToPath, qrMatrix } from '../../src/components/reserve-button/qr.js';
import {
  forgetReservation,
  loadReservation,
  saveReservation,
} from '../../src/components/reserve-button/session.js';
import {
  availableUnits,
  holdRequest,
  loadSlots,
  MAX_QUANTITY,
  SLOT_DAYS,
} from '../../src/components/reserve-button/store-data.js';
import { everyDay, parseIcs, store } from './reserve-button-helpers.js';

describe('reserve button: countdown', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterEach(() => clock.restore());

  it('formats minutes and seconds', () => {
    expect(formatCountdown(600_000)).to.equal('10:00');
    expect(formatCountdown(59_001)).to.equal('1:00');
    expect(formatCountdown(5_000)).to.equal('0:05');
    expect(formatCountdown(-3)).to.equal('0:00');
    expect(formatCountdown(3_723_000)).to.equal('1:02:03');
  });

  it('in French, says minutes and seconds ("4 min 47 s"), never a clock time like "4:47"', () => {
    expect(formatCountdown(287_000, 'fr-FR')).to.equal('4\u00a0min 47\u00a0s');
    // The last minute in seconds: "50 s", not "0 min 50 s".
    expect(formatCountdown(5_000, 'fr')).to.equal('5\u00a0s');
    expect(formatCountdown(50_000, 'fr')).to.equal('50\u00a0s');
    expect(formatCountdown(60_000, 'fr')).to.equal('1\u00a0min 00\u00a0s');
    expect(formatCountdown(0, 'fr')).to.equal('0\u00a0s');
    expect(formatCountdown(3_723_000, 'fr')).to.equal('1\u00a0h 02\u00a0min 03\u00a0s');
    expect(formatCountdown(287_000, 'en')).to.equal('4:47');
  });

  it('ticks every second, announces at 5, 2, 1 min and 30 s, then expires once', () => {
    const ticks: number[] = [];
    const said: number[] = [];
    let expired = 0;
    new Countdown({
      expiresAt: Date.now() + 6 * 60_000,
      onTick: (ms) => ticks.push(ms),
      onAnnounce: (s) => said.push(s),
      onExpire: () => expired++,
    }).start();
    expect(said).to.deep.equal([]);
    clock.tick(60_000);
    expect(said).to.deep.equal([300]);
    clock.tick(6 * 60_000);
    expect(said).to.deep.equal([300, 120, 60, 30]);
    expect(expired).to.equal(1);
    expect(ticks.length).to.equal(361);
    expect(ticks.at(-1)).to.equal(0);
  });

  it('does not announce thresholds already behind it at start', () => {
    const said: number[] = [];
    new Countdown({ expiresAt: Date.now() + 90_000, onAnnounce: (s) => said.push(s) }).start();
    clock.tick(90_000);
    expect(said).to.deep.equal([60, 30]);
  });

  it('stops', () => {
    let expired = 0;
    const c = new Countdown({ expiresAt: Date.now() + 5_000, onExpire: () => expired++ }).start();
    c.stop();
    clock.tick(10_000);
    expect(expired).to.equal(0);
    expect(c.running).to.equal(false);
  });
});

describe('reserve button: iCalendar file', () => {
  const event = {
    uid: 'r-42@aisle',
    start: new Date('2026-11-24T16:30:00Z'),
    end: new Date('2026-11-24T17:00:00Z'),
    stamp: new Date('2026-11-23T10:00:05.123Z'),
    summary: 'Pick up Chaise, chêne; naturel at Aisle Lyon',
    description: 'Code: ABC123\nPick up by Friday',
    location:
      'Aisle Lyon Part-Dieu, 17 rue du Docteur Bouchut, Centre commercial, 69003 Lyon, France — près de la gare',
  };

  it('formats UTC times', () => {
    expect(formatUtc(event.stamp)).to.equal('20261123T100005Z');
  });

  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).to.be.at.most(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    expect(folded).not.to.include('\uFFFD');
  });

  it('builds a valid VCALENDAR with one VEVENT', () => {
    const lines = parseIcs(buildIcs(event));
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(lines).to.include('UID:r-42@aisle');
    expect(lines).to.include('DTSTAMP:20261123T100005Z');
    expect(lines).to.include('DTSTART:20261124T163000Z');
    expect(lines).to.include('DTEND:20261124T170000Z');
    expect(lines).to.include('SUMMARY:Pick up Chaise\\, chêne\\; naturel at Aisle Lyon');
    expect(lines).to.include('DESCRIPTION:Code: ABC123\\nPick up by Friday');
    const location = lines.find((l) => l.startsWith('LOCATION:'))!;
    expect(location).to.include('17 rue du Docteur Bouchut\\, Centre commercial');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
  });

  it('lets no value from the API add lines of its own, and keeps only web links', () => {
    const lying = {
      ...event,
      uid: 'reservation-r-1\r\nATTACH:https://evil.example/x@aisle',
      url: 'https://aisle.example/lyon\nBEGIN:VALARM',
    };
    const lines = parseIcs(buildIcs(lying));
    expect(lines).to.include('UID:reservation-r-1ATTACH:https://evil.example/x@aisle');
    expect(lines).to.include('URL:https://aisle.example/lyonBEGIN:VALARM');
    expect(lines.filter((l) => /^(ATTACH|BEGIN:VALARM)/.test(l))).to.deep.equal([]);
    const script = parseIcs(buildIcs({ ...event, url: 'javascript:alert(1)' }));
    expect(script.some((l) => l.startsWith('URL'))).to.equal(false);
  });
});

describe('reserve button: contact validation', () => {
  it('requires name, email and the terms; the phone is optional', () => {
    const r = validateContact(emptyContact());
    expect(r.valid).to.equal(false);
    expect(r.errors).to.deep.equal({ name: 'required', email: 'required', terms: 'required' });
  });

  it('rejects malformed emails and phones', () => {
    const input = { ...emptyContact('Ada', 'ada@'), phone: '12', terms: true };
    expect(validateField('email', input)).to.equal('invalid');
    expect(validateField('email', { ...input, email: 'ada@example' })).to.equal('invalid');
    expect(validateField('phone', input)).to.equal('invalid');
    expect(validateField('phone', { ...input, phone: '+33 6 12 34 56 78' })).to.equal(undefined);
    expect(validateField('name', { ...input, name: 'x'.repeat(101) })).to.equal('too-long');
  });

  it('counts characters as the API’s JSON Schema does (code points), not UTF-16 units', () => {
    const input = { ...emptyContact('', 'ada@example.com'), terms: true };
    // 97 characters, 102 UTF-16 units (each emoji is two; the family is five code points).
    const name = `😀🎉 Zoë 👩‍👩‍👧 ${'Dupont-'.repeat(12)}`;
    expect(name.length).to.be.above(100);
    expect(validateField('name', { ...input, name })).to.equal(undefined);
    expect(validateField('name', { ...input, name: '😀'.repeat(101) })).to.equal('too-long');
  });

  it('gives the customer and consent, marketing off unless ticked', () => {
    const r = validateContact({ ...emptyContact(' Ada ', 'ada@example.com'), terms: true });
    expect(r.valid).to.equal(true);
    if (!r.valid) return;
    expect(r.customer).to.deep.equal({ name: 'Ada', email: 'ada@example.com' });
    expect(r.consent).to.deep.equal({ terms: true, marketing: false });
    expect(emptyContact().marketing).to.equal(false);
  });
});

describe('reserve button: QR code and session', () => {
  it('makes a square matrix and a path of dark modules', async () => {
    const m = await qrMatrix('ABC123');
    expect(m.length).to.equal(21); // version 1
    expect(m.every((row) => row.length === 21)).to.equal(true);
    // Finder pattern: the top-left 7x7 square's corner is dark.
    expect(m[0]![0]).to.equal(true);
    const path = matrixToPath(m);
    expect(path.size).to.equal(29);
    expect(path.d).to.match(/^M4 4h7v1h-7z/);
    expect(matrixToPath([[true, false, true]], 0).d).to.equal('M0 0h1v1h-1zM2 0h1v1h-1z');
  });

  it('keeps only the id and code for the session', () => {
    saveReservation('AISLE-0001', { id: 'r1', code: 'C1', name: 'Ada' } as never);
    expect(sessionStorage.getItem('aisle:reservation:AISLE-0001')).to.equal(
      '{"id":"r1","code":"C1"}',
    );
    expect(loadReservation('AISLE-0001')).to.deep.equal({ id: 'r1', code: 'C1' });
    forgetReservation('AISLE-0001');
    expect(loadReservation('AISLE-0001')).to.equal(undefined);
    sessionStorage.setItem('aisle:reservation:X', '{oops');
    expect(loadReservation('X')).to.equal(undefined);
    sessionStorage.removeItem('aisle:reservation:X');
  });
});

describe('reserve button: how many units a store can hold', () => {
  const entry = (status: 'in_stock' | 'low_stock' | 'out_of_stock', quantity?: number) => ({
    sku: 'AISLE-0001',
    storeId: store.id,
    status,
    updatedAt: new Date().toISOString(),
    ...(quantity === undefined ? {} : { quantity }),
  });

  it('agrees with the badge: "low stock" with no quantity offers one, not the maximum', () => {
    expect(availableUnits(store, entry('low_stock'))).to.equal(1);
    expect(availableUnits(store, entry('low_stock', 3))).to.equal(3);
    expect(availableUnits(store, entry('in_stock'))).to.equal(MAX_QUANTITY);
    expect(availableUnits(store, entry('in_stock', 4))).to.equal(4);
    expect(availableUnits(store, entry('out_of_stock'))).to.equal(0);
    expect(availableUnits(store, undefined)).to.equal(0);
  });
});

describe('reserve button: holding a slot', () => {
  // Open round the clock, an hour to prepare: at 10:00 the order can be ready at 11:00.
  const allDay = {
    ...store,
    hours: everyDay('00:00', '24:00'),
    pickup: { ...store.pickup, slots: true, prepMinutes: 60, cutoff: undefined },
  };
  const slot = (id: string, start: string) => ({
    id,
    start,
    end: new Date(Date.parse(start) + 3_600_000).toISOString(),
    remaining: 2,
  });
  const slots = [
    slot('begun', '2026-12-07T09:30:00Z'),
    slot('too-soon', '2026-12-07T10:30:00Z'),
    slot('in-time', '2026-12-07T11:00:00Z'),
  ];

  it('says "slot passed" for a slot begun, or starting before the order can be ready', () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z'), toFake: ['Date'] });
    try {
      const ask = (slotId: string, pickupReadyAt?: string) => {
        const entry = {
          sku: 'AISLE-0001',
          storeId: store.id,
          status: 'in_stock' as const,
          quantity: 3,
          updatedAt: '2026-12-07T09:00:00Z',
          ...(pickupReadyAt ? { pickupReadyAt } : {}),
        };
        const data = { here: { store: allDay, entry }, available: 3, slots, alternatives: [] };
        return holdRequest(data, 'AISLE-0001', 1, slotId);
      };
      expect(ask('begun')).to.equal('slot passed');
      expect(ask('too-soon'), 'ready at 11:00 by the hours').to.equal('slot passed');
      expect(ask('in-time')).to.deep.include({ slotId: 'in-time' });
      // The API knows it takes longer (stock in the back room): 11:00 is too soon too.
      expect(ask('in-time', '2026-12-07T11:30:00Z')).to.equal('slot passed');
      expect(ask(''), 'no slot chosen').to.deep.include({ quantity: 1 });
    } finally {
      clock.restore();
    }
  });
});

describe('reserve button: pickup slots', () => {
  const slotted = { ...store, timezone: 'Europe/Paris', pickup: { ...store.pickup, slots: true } };

  async function datesAsked(now: string): Promise<string[]> {
    const clock = sinon.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });
    const dates: string[] = [];
    const client = {
      getSlots: (_store: string, date: string) => (dates.push(date), Promise.resolve([])),
    } as unknown as ClientReservations;
    try {
      await loadSlots(client, slotted, undefined, {});
    } finally {
      clock.restore();
    }
    return dates;
  }

  it("asks for each day's slots by the store's calendar, across clock changes", async () => {
    // Saturday 23:30 in Paris, the night the clocks go forward: tomorrow is Sunday.
    expect((await datesAsked('2026-03-28T22:30:00Z')).slice(0, 3)).to.deep.equal([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
    // Sunday 00:30 in Paris, the night they go back: tomorrow is Monday.
    expect((await datesAsked('2026-10-24T22:30:00Z')).slice(0, 2)).to.deep.equal([
      '2026-10-25',
      '2026-10-26',
    ]);
    expect(await datesAsked('2026-10-24T22:30:00Z'), 'a week at most').to.have.length(SLOT_DAYS);
  });

  it('offers the first day with slots left: Saturday evening finds Monday’s', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-05T19:30:00Z'), toFake: ['Date'] });
    const monday = {
      id: 'slot-mon-10',
      start: '2026-12-07T09:00:00Z',
      end: '2026-12-07T10:00:00Z',
      remaining: 2,
    };
    const asked: string[] = [];
    const client = {
      getSlots: (_store: string, date: string) => {
        asked.push(date);
        return Promise.resolve(date === '2026-12-07' ? [monday] : []);
      },
    } as unknown as ClientReservations;
    try {
      expect(await loadSlots(client, slotted, undefined, {})).to.deep.equal([monday]);
    } finally {
      clock.restore();
    }
    expect(asked, 'Saturday, Sunday (closed), then Monday').to.deep.equal([
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
  });

  it("after midnight, offers the rest of an overnight opening: its slots are the day before's", async () => {
    // Open 20:00–02:00 every day, half an hour to prepare; Sunday 6 December, 00:10 in Paris.
    const night = {
      ...slotted,
      hours: everyDay('20:00', '02:00'),
      pickup: { ...slotted.pickup, prepMinutes: 30, cutoff: undefined },
    };
    const slot = (id: string, start: string, end: string) => ({ id, start, end, remaining: 2 });
    const saturday = [
      slot('sat-2300', '2026-12-05T22:00:00Z', '2026-12-05T23:00:00Z'), // over
      slot('sat-0000', '2026-12-05T23:00:00Z', '2026-12-06T00:00:00Z'), // before it can be ready
      slot('sat-0100', '2026-12-06T00:00:00Z', '2026-12-06T01:00:00Z'),
    ];
    const sunday = [slot('sun-2100', '2026-12-06T20:00:00Z', '2026-12-06T21:00:00Z')];
    const slotsAt = async (now: string) => {
      const clock = sinon.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });
      const asked: string[] = [];
      const client = {
        getSlots: (_store: string, date: string) => {
          asked.push(date);
          return Promise.resolve(
            date === '2026-12-05' ? saturday : date === '2026-12-06' ? sunday : [],
          );
        },
      } as unknown as ClientReservations;
      try {
        const ids = (await loadSlots(client, night, undefined, {})).map((s) => s.id);
        return { ids, asked: asked[0] };
      } finally {
        clock.restore();
      }
    };
    expect(await slotsAt('2026-12-05T23:10:00Z')).to.deep.equal({
      ids: ['sat-0100'],
      asked: '2026-12-05',
    });
    // Closed since 02:00: Saturday's opening is over, Sunday's is the next.
    expect(await slotsAt('2026-12-06T02:00:00Z')).to.deep.equal({
      ids: ['sun-2100'],
      asked: '2026-12-06',
    });
  });
});

describe('reserve button: pickup times', () => {
  it('names no store in the calendar event until the store is known (never its id)', () => {
    const reservation = {
      id: 'r-1',
      code: 'K7Q2XM',
      status: 'confirmed' as const,
      sku: 'AISLE-0001',
      storeId: 'lyon-part-dieu',
      quantity: 1,
      readyAt: '2026-07-14T08:00:00Z',
      pickupBy: '2026-07-17T17:00:00Z',
    };
    for (const [lang, summary] of [
      ['en', 'Pick up 1 × Oak chair'],
      ['fr', 'Retirer 1\u00a0× Oak chair'],
    ] as const) {
      const event = pickupEvent(dialogMessages[lang], lang, reservation, undefined, 'Oak chair');
      expect(event.summary).to.equal(summary);
    }
  });

  it('ends the calendar event at closing or at the pick-up-by time when they come first', () => {
    // Open 10:00–19:00 in Paris (UTC+2 in July); ready at 18:45, half an hour would end at 19:15.
    const paris = {
      ...store,
      timezone: 'Europe/Paris',
      hours: {
        weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
          day,
          opens: '10:00',
          closes: '19:00',
        })),
        exceptions: [],
      },
    };
    const reservation = {
      id: 'r-2',
      code: 'K7Q2XM',
      status: 'confirmed' as const,
      sku: 'AISLE-0001',
      storeId: paris.id,
      quantity: 1,
      readyAt: '2026-07-14T16:45:00Z',
      pickupBy: '2026-07-17T17:00:00Z',
    };
    const end = (r: typeof reservation, s?: typeof paris) =>
      pickupEvent(dialogMessages.en, 'en', r, s, 'Oak chair').end.toISOString();
    expect(end(reservation, paris)).to.equal('2026-07-14T17:00:00.000Z');
    // Ready at noon: the full half hour.
    expect(end({ ...reservation, readyAt: '2026-07-14T10:00:00Z' }, paris)).to.equal(
      '2026-07-14T10:30:00.000Z',
    );
    // A pick-up-by ten minutes after the ready time ends the event there.
    expect(
      end({ ...reservation, readyAt: '2026-07-14T10:00:00Z', pickupBy: '2026-07-14T10:10:00Z' }),
    ).to.equal('2026-07-14T10:10:00.000Z');
  });

  it('gives the date and the time in one zone, the device’s until the store is known', () => {
    // The browsers run in Paris, or in New York with AISLE_TZ (see the README). Past midnight in
    // Paris, still the evening before in UTC: a date and a time from different zones show.
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    // 24-hour English writes two-digit hours in every browser, as the store hours do.
    const expected: Record<string, RegExp[]> = {
      'Europe/Paris': [
        /^mercredi 15 juillet à 0 h 30$/,
        /^Wednesday 15 July at 00:30$/,
        /^mercredi 15 juillet à 5 h 30$/,
        /^Wednesday 15 July at 05:30$/,
      ],
      'America/New_York': [
        /^mardi 14 juillet à 18 h 30$/,
        /^Tuesday 14 July at 18:30$/,
        /^mardi 14 juillet à 23 h 30$/,
        /^Tuesday 14 July at 23:30$/,
      ],
    };
    const isos = ['2026-07-14T22:30:00Z', '2026-07-15T03:30:00Z'];
    const shown = isos.flatMap((iso) =>
      [formatWhen('fr-FR', iso), formatWhen('en-GB', iso)].map((t) => t.replace(/\s/g, ' ')),
    );
    // Only the zones the suite runs in have strings pinned (AISLE_TZ may name another).
    expected[device]?.forEach((want, i) => expect(shown[i]).to.match(want));
    // A store in Paris reads in Paris time, its zone named when the device is elsewhere.
    expect(formatWhen('fr-FR', '2026-07-14T22:30:00Z', 'Europe/Paris')).to.match(
      device === 'Europe/Paris'
        ? /^mercredi 15 juillet à 0\sh\s30$/
        : /^mercredi 15 juillet à 0\sh\s30 \(UTC\+2\)$/,
    );
  });

  it("names the store's zone when the device is in another (a travelling shopper)", () => {
    // The device is in Paris or New York (AISLE_TZ); a store in Réunion is in neither's zone.
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const iso = '2026-12-07T11:00:00Z';
    expect(formatWhen('en-GB', iso, 'Indian/Reunion')).to.match(
      /^Monday 7 December at 15:00 \S+\+4$/,
    );
    expect(formatWhen('fr-FR', iso, 'Indian/Reunion')).to.match(
      /^lundi 7 décembre à 15\sh\s00 \(UTC\+4\)$/,
    );
    expect(formatWhen('en-GB', iso, 'Europe/Paris')).to.match(
      device === 'Europe/Paris'
        ? /^Monday 7 December at 12:00$/
        : /^Monday 7 December at 12:00 \S+$/,
    );
  });

  it('writes 12-hour English and other languages as their locale does', () => {
    const iso = '2026-12-07T08:05:00Z';
    expect(formatWhen('en-US', iso, 'Europe/Paris').replace(/\s/g, ' ')).to.match(
      /^Monday, December 7 at 9:05 AM( \S+)?$/,
    );
    // German is not one of Aisle's languages: the whole sentence is Intl's, never "at".
    const de = formatWhen('de-DE', iso, 'Europe/Paris');
    expect(de).to.match(/^Montag, 7\. Dezember/);
    expect(de).to.match(/\b0?9:05$/);
    expect(de).not.to.contain(' at ');
  });
});
