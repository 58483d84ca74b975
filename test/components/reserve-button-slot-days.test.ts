/**
 * The dialog looks up to a week ahead for slots, and after midnight at yesterday's overnight
 * opening: days beyond today that the API refuses (a date past its booking horizon, a date
 * already past) are days without slots, never a store step that cannot load.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { ClientReservations } from '../../src/client/reservations.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import {
  loadSlots,
  slotsLeft,
  type StoreStepData,
} from '../../src/components/reserve-button/store-data.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  everyDay,
  openDialog,
  part,
  resetReserveState,
  SKU,
  store,
  text,
  until,
} from './reserve-button-helpers.js';

const refused = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Date out of range', status: 400, code: 'invalid_request' },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('<aisle-reserve-button> slot days the API refuses', () => {
  beforeEach(resetReserveState);

  it('lets the shopper hold when the API refuses dates past its two-day horizon', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
    let asked = 0;
    useHandlers(
      // Today and tomorrow are full; later dates are past this API's horizon.
      http.get('*/aisle-api/v1/stores/:id/slots', () =>
        ++asked <= 2 ? HttpResponse.json({ slots: [] }) : refused(),
      ),
    );
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    await openDialog(el);
    await until(() => part(el, 'hold') || part(el, 'retry'), 'the store step');
    expect(text(el)).not.to.include('Something went wrong');
    expect(part(el, 'hold'), 'held without a slot').to.exist;
  });

  it('after midnight, an API refusing yesterday (a past date) gives today’s slots', async () => {
    const night = {
      ...store,
      timezone: 'Europe/Paris',
      hours: everyDay('20:00', '02:00'),
      pickup: { ...store.pickup, slots: true, prepMinutes: 30, cutoff: undefined },
    };
    const sunday = {
      id: 'sun-2100',
      start: '2026-12-06T20:00:00Z',
      end: '2026-12-06T21:00:00Z',
      remaining: 2,
    };
    const clock = sinon.useFakeTimers({
      now: Date.parse('2026-12-05T23:10:00Z'),
      toFake: ['Date'],
    });
    const client = {
      getSlots: (_store: string, date: string) =>
        date === '2026-12-05'
          ? Promise.reject(Object.assign(new Error('date in the past'), { status: 400 }))
          : Promise.resolve(date === '2026-12-06' ? [sunday] : []),
    } as unknown as ClientReservations;
    try {
      expect(await loadSlots(client, night, undefined, {})).to.deep.equal([sunday]);
    } finally {
      clock.restore();
    }
  });

  it('still fails on today’s answer (the store step says so)', async () => {
    const client = {
      getSlots: () => Promise.reject(Object.assign(new Error('down'), { status: 503 })),
    } as unknown as ClientReservations;
    const slotted = { ...store, pickup: { ...store.pickup, slots: true } };
    let failed = false;
    await loadSlots(client, slotted, undefined, {}).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

describe('<aisle-reserve-button> slots of a store in another time zone', () => {
  beforeEach(resetReserveState);

  it('names the store’s zone on each day of slots when the device is elsewhere, and only then', async () => {
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const slotted = (zone: (tz: string) => boolean) =>
      mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots && zone(s.timezone))!;
    const slotTexts = async (id: string) => {
      mockApi.setStock(SKU, id, { status: 'in_stock', quantity: 3 });
      const el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button lang="en-GB" sku=${SKU} store=${id}></aisle-reserve-button>`,
      );
      await openDialog(el);
      await until(() => part(el, 'slot'), 'the slots');
      const select = part<HTMLSelectElement>(el, 'slot')!;
      // The times alone in each option (the closed select fits a phone): the zone is the day's.
      for (const o of [...select.options].slice(1)) expect(o.text.trim()).to.match(/\d$/);
      return [...select.querySelectorAll('optgroup')].map((g) => g.label);
    };
    const zoned = / (GMT-4|CET|CEST|GMT\+[12])$/;
    // Martinique is GMT-4 all year; Europe/Paris never is.
    const away = slotted(
      (tz) => tz === (device === 'America/Martinique' ? 'Europe/Paris' : 'America/Martinique'),
    );
    const awayTexts = await slotTexts(away.id);
    expect(awayTexts).to.not.be.empty;
    for (const t of awayTexts) expect(t).to.match(zoned);
    const home = mockApi.stores.find(
      (s) =>
        s.pickup.enabled &&
        s.pickup.slots &&
        new Intl.DateTimeFormat('en', { timeZone: s.timezone, timeZoneName: 'longOffset' }).format(
          new Date(),
        ) ===
          new Intl.DateTimeFormat('en', { timeZone: device, timeZoneName: 'longOffset' }).format(
            new Date(),
          ),
    );
    if (home) {
      for (const t of await slotTexts(home.id)) expect(t).not.to.match(zoned);
    }
  });
});

describe('reserve button: one rule for the slots offered and the slots left', () => {
  it('offers no slot already in progress when an order can be ready now', async () => {
    // Open round the clock, nothing to prepare: the ready time is now (Monday 11:30 in Paris).
    const now = Date.parse('2026-12-07T10:30:00Z');
    const always = {
      ...store,
      timezone: 'Europe/Paris',
      hours: everyDay('00:00', '24:00'),
      pickup: { ...store.pickup, slots: true, prepMinutes: 0, cutoff: undefined },
    };
    const slot = (id: string, start: string, end: string) => ({ id, start, end, remaining: 2 });
    const listed = [
      slot('1100', '2026-12-07T10:00:00Z', '2026-12-07T11:00:00Z'), // in progress
      slot('1200', '2026-12-07T11:00:00Z', '2026-12-07T12:00:00Z'),
    ];
    const client = {
      getSlots: () => Promise.resolve(listed),
    } as unknown as ClientReservations;
    const clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
    try {
      const offered = await loadSlots(client, always, undefined, {});
      expect(offered.map((s) => s.id)).to.deep.equal(['1200']);
      const data: StoreStepData = {
        here: { store: always },
        available: 1,
        slots: listed,
        alternatives: [],
      };
      expect(offered, 'what the store step keeps').to.deep.equal(slotsLeft(data));
    } finally {
      clock.restore();
    }
  });
});
