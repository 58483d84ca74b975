/**
 * The hold's countdown on a device whose clock is not the server's, and what happens when it
 * runs out first.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { localDeadline } from '../../src/components/reserve-button/hold-clock.js';
import type { Hold } from '../../src/client/types.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { addDays, dateKeyOf, zonedInstant } from '../../src/hours/zoned.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  chooseFirstSlot,
  fakeClock,
  mount,
  openSlotted,
  nextTask,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

/**
 * The mock holds the stock, but its answer says the hold ends `shift(expiresAt)` instead: a server
 * whose clock is not the device's (its `Date` header shifted alike) or, with `dated` false, an API
 * whose `Date` header the page cannot read (cross-origin, not exposed).
 */
function shiftExpiry(shift: (expiresAt: number) => number, dated = true): void {
  useHandlers(
    http.post('*/aisle-api/v1/holds', async ({ request }) => {
      const response = await getResponse(mockApi.handlers, request);
      if (!response || response.status !== 201) return response;
      const hold = (await response.json()) as Hold;
      const expiresAt = new Date(shift(Date.parse(hold.expiresAt))).toISOString();
      const headers = dated ? { Date: new Date(shift(Date.now())).toUTCString() } : undefined;
      return HttpResponse.json({ ...hold, expiresAt }, { status: 201, headers });
    }),
  );
}

/** The server holds the stock for `minutes` only (its `Date` header on its own clock). */
function shortHold(minutes: number): void {
  useHandlers(
    http.post('*/aisle-api/v1/holds', async ({ request }) => {
      const response = await getResponse(mockApi.handlers, request);
      if (!response || response.status !== 201) return response;
      const hold = (await response.json()) as Hold;
      const expiresAt = new Date(Date.now() + minutes * 60_000).toISOString();
      const headers = { Date: new Date().toUTCString() };
      return HttpResponse.json({ ...hold, expiresAt }, { status: 201, headers });
    }),
  );
}

describe('<aisle-reserve-button> hold clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  /** Holds on a fake clock, then lets `ms` pass: the hold's countdown has ended. */
  async function holdUntilExpired(ms: number) {
    const el = await mount();
    const hold = await openToHold(el);
    clock = fakeClock();
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(ms);
    await expired;
    return el;
  }

  it('counts a new hold’s store minutes; keeps a replayed one’s server time when it fits', () => {
    const t = Date.parse('2026-12-04T10:00:00Z');
    const at = (minutes: number) => new Date(t + minutes * 60_000).toISOString();
    expect(localDeadline({ expiresAt: at(15) }, t, 15)).to.equal(t + 15 * 60_000);
    expect(localDeadline({ expiresAt: at(5) }, t, 15), 'new, device clock 10 min ahead').to.equal(
      t + 15 * 60_000,
    );
    expect(
      localDeadline({ expiresAt: at(12) }, t, 15, true),
      'a replayed hold, started earlier',
    ).to.equal(t + 12 * 60_000);
    expect(localDeadline({ expiresAt: at(-5) }, t, 15, true), 'device clock 20 min ahead').to.equal(
      t + 15 * 60_000,
    );
    expect(
      localDeadline({ expiresAt: at(40) }, t, 15, true),
      'device clock 25 min behind',
    ).to.equal(t + 15 * 60_000);
    expect(
      localDeadline({ expiresAt: at(-5) }, t, undefined),
      'no store minutes: the server says',
    ).to.equal(t - 5 * 60_000);
  });

  it('ends a hold on the server’s clock when the answer says what time that clock read', () => {
    const t = Date.parse('2026-12-04T10:00:00Z');
    const at = (minutes: number) => new Date(t + minutes * 60_000).toISOString();
    const min = 60_000;
    const deadline = (expiresAt: string, clockOffsetMs: number, replayed = false) =>
      localDeadline({ expiresAt, clockOffsetMs }, t, 15, replayed);
    // `Date` counts whole seconds: a second less than the server's time, never more.
    expect(deadline(at(5), 0), 'the server held it for 5 minutes').to.equal(t + 5 * min - 1000);
    expect(deadline(at(5), -10 * min), 'device clock 10 min ahead').to.equal(t + 15 * min - 1000);
    expect(deadline(at(25), 10 * min), 'device clock 10 min behind').to.equal(t + 15 * min - 1000);
    expect(deadline(at(3), 0, true), 'a replayed hold').to.equal(t + 3 * min - 1000);
    expect(deadline(at(30), 0), 'longer than the store allows: its minutes').to.equal(t + 15 * min);
    expect(deadline(at(-1), 0), 'over on arrival: its minutes').to.equal(t + 15 * min);
    expect(localDeadline({ expiresAt: at(40), clockOffsetMs: 0 }, t), 'no store minutes').to.equal(
      t + 40 * min - 1000,
    );
  });

  it('does not show a fresh hold as expired on a device whose clock is ahead', async () => {
    // The device is 20 minutes ahead of the server: the hold "ended" 5 minutes ago by its clock.
    shiftExpiry((expiresAt) => expiresAt - 20 * 60_000);
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(el.step).to.equal('contact');
    const shown = part(el, 'countdown')!.textContent!;
    const minutes = store.pickup.holdMinutes;
    expect(shown).to.match(new RegExp(`\\b(${minutes}:00|${minutes - 1}:5\\d)\\b`));
  });

  it('counts "Hold it again" from the store’s minutes too, on a device whose clock is ahead', async () => {
    shiftExpiry((expiresAt) => expiresAt - 20 * 60_000); // the device is 20 minutes ahead
    const el = await holdUntilExpired(store.pickup.holdMinutes * 60_000);
    part<HTMLButtonElement>(el, 'hold-again')!.click();
    await until(() => part(el, 'form'), 'the form again');
    for (let i = 0; i < 10; i++) await nextTask();
    expect(el.step).to.equal('contact');
    const minutes = store.pickup.holdMinutes;
    expect(part(el, 'countdown')!.textContent).to.match(
      new RegExp(`\\b(${minutes}:00|${minutes - 1}:5\\d)\\b`),
    );
  });

  for (const dated of [true, false]) {
    it(`gives a new hold the store’s full minutes on a device whose clock is a few minutes fast (${dated ? 'the server’s Date read' : 'no Date header'})`, async () => {
      const minutes = store.pickup.holdMinutes;
      const fast = Math.floor(minutes / 2);
      shiftExpiry((expiresAt) => expiresAt - fast * 60_000, dated); // the device is `fast` minutes ahead
      const el = await mount();
      const hold = await openToHold(el);
      clock = fakeClock();
      hold.click();
      await until(() => part(el, 'form'), 'the contact form');
      expect(part(el, 'countdown')!.textContent).to.match(
        new RegExp(`\\b(${minutes}:00|${minutes - 1}:5\\d)\\b`),
      );
      clock.tick((minutes - fast + 1) * 60_000); // past the end the device's clock would give
      for (let i = 0; i < 10; i++) await nextTask();
      expect(el.step, 'still held').to.equal('contact');
      expect(mockApi.stats().holdsReleased, 'not released early').to.equal(0);
    });
  }

  it('ends a hold the server made shorter when the server ends it', async () => {
    shortHold(4);
    const el = await mount();
    const hold = await openToHold(el);
    clock = fakeClock();
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(part(el, 'countdown')!.textContent).to.match(/\b(4:00|3:5\d)\b/);
    clock.tick(3 * 60_000 + 50_000);
    await el.updateComplete;
    expect(el.step, 'held until then').to.equal('contact');
    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(10_000);
    await expired;
    expect(el.step).to.equal('expired');
  });

  it('adds no time to the hold when the device clock is set back an hour mid-hold', async () => {
    const minutes = store.pickup.holdMinutes;
    const el = await mount();
    const hold = await openToHold(el);
    // The monotonic clock (performance.now) runs on with the timers; the wall clock is then set back.
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
    });
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    clock.tick(60_000);
    clock.setSystemTime(Date.now() - 3_600_000); // a network time update, a manual change
    clock.tick(1000);
    await el.updateComplete;
    const shown = part(el, 'countdown')!.textContent!;
    expect(shown, 'no hour added').not.to.match(/\d:\d\d:\d\d/);
    expect(shown).to.match(new RegExp(`\\b${minutes - 2}:59\\b`));
    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick((minutes - 1) * 60_000); // the store's minutes are up
    await expired;
    expect(el.step).to.equal('expired');
  });

  it('releases a replayed hold when its countdown ends first, so "hold it again" finds the stock', async () => {
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 1 });
    // The first answer is lost after the server held the stock; the replay (same key) says two
    // minutes are left, and the server keeps the stock for the store's full time.
    let lost = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        const response = await getResponse(mockApi.handlers, request);
        if (lost) return ((lost = false), HttpResponse.error());
        if (!response || response.status !== 201) return response;
        const hold = (await response.json()) as Hold;
        const expiresAt = new Date(Date.now() + 2 * 60_000).toISOString();
        return HttpResponse.json({ ...hold, expiresAt }, { status: 201 });
      }),
    );
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'error'), 'the lost answer');
    const hold = part<HTMLButtonElement>(el, 'hold')!;
    clock = fakeClock();
    hold.click(); // the same request: replayed under the same key
    await until(() => part(el, 'form'), 'the contact form');
    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(2 * 60_000);
    await expired;
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    part<HTMLButtonElement>(el, 'hold-again')!.click();
    await until(() => part(el, 'form'), 'the form again');
    expect(mockApi.stats().holdsCreated).to.equal(2);
  });
});

describe('<aisle-reserve-button> on a page left open', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('says when the chosen pickup slot has begun, sends no hold, and offers the slots left', async () => {
    const { el } = await openSlotted();
    const { chosen } = await chooseFirstSlot(el);
    const slotsAsked = () => requests.filter((r) => /\/slots\?/.test(r.url)).length;
    const asked = slotsAsked();
    // Two days later, the shopper comes back and presses "Hold it": the slot has begun.
    clock = sinon.useFakeTimers({ now: Date.now() + 2 * 86_400_000, toFake: ['Date'] });
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'error'), 'the notice');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveSlotPassed);
    expect(posts(/\/holds$/), 'no hold sent').to.have.length(0);
    await until(() => slotsAsked() > asked, 'the slots asked again');
    await until(() => part(el, 'hold'), 'the store step again');
    const offered = [...(part<HTMLSelectElement>(el, 'slot')?.options ?? [])].map((o) => o.value);
    expect(offered).not.to.include(chosen);
    expect(el.shadowRoot!.activeElement === part(el, 'step'), 'focus on the step').to.equal(true);
  });

  for (const [lang, msg] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`drops a slot that passes while the store step stays open; a chosen one is unselected and said, never replaced (${lang})`, async () => {
      // The page's minute ticker and the date are fake; the client's own timers are not. The
      // day starts at 9:00 in the store's zone tomorrow, whatever the time of the run: the
      // chosen slot is not the day's last (late in the day, its passing would load tomorrow's).
      const { timezone } = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
      clock = sinon.useFakeTimers({
        now: zonedInstant(addDays(dateKeyOf(new Date(), timezone), 1), 9 * 60, timezone),
        toFake: ['setInterval', 'clearInterval', 'Date'],
      });
      const { el } = await openSlotted(lang);
      const { chosen, start } = await chooseFirstSlot(el);
      expect(part(el, 'error'), 'no notice yet').to.equal(null);
      // The shopper leaves the dialog open past the chosen slot's start.
      clock.tick(start - Date.now() + 60_000);
      await el.updateComplete;
      const now = part<HTMLSelectElement>(el, 'slot');
      const offered = [...(now?.options ?? [])].map((o) => o.value);
      expect(offered, 'gone from the list').not.to.include(chosen);
      if (now) expect(now.value, 'no other slot chosen instead').to.equal('');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent!.trim()).to.equal(msg.reserveSlotPassed);
      expect(el.step).to.equal('store');
      // "Hold it" now holds as soon as it is ready: no slot.
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => posts(/\/holds$/).length === 1, 'the hold');
      const body = (await posts(/\/holds$/)[0]!
        .clone()
        .json()) as { slotId?: string };
      expect(body.slotId, 'no slot asked for').to.equal(undefined);
    });
  }

  it('loads the next slots when every slot listed passes while the store step stays open', async () => {
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    const { el, slotted } = await openSlotted();
    const listed = [...part<HTMLSelectElement>(el, 'slot')!.options].map((o) => o.value).slice(1);
    const date = /_(\d{4}-\d{2}-\d{2})_\d{4}$/.exec(listed[0]!)![1];
    const { slots } = (await (
      await fetch(`/aisle-api/v1/stores/${slotted.id}/slots?date=${date}`)
    ).json()) as { slots: { id: string; start: string }[] };
    const last = Math.max(
      ...slots.filter((s) => listed.includes(s.id)).map((s) => Date.parse(s.start)),
    );
    const slotsAsked = () => requests.filter((r) => /\/slots\?/.test(r.url)).length;
    const asked = slotsAsked();
    // The shopper leaves the dialog open past the last slot's start: none of them is left.
    clock.tick(last - Date.now() + 60_000);
    await until(() => slotsAsked() > asked, 'the slots asked again');
    await until(() => part(el, 'slot'), 'the slot field again');
    const offered = [...part<HTMLSelectElement>(el, 'slot')!.options].map((o) => o.value);
    expect(offered.length, 'slots offered').to.be.greaterThan(1);
    expect(
      offered.filter((id) => listed.includes(id)),
      'none of the passed ones',
    ).to.deep.equal([]);
    expect(el.step).to.equal('store');
  });

  it('"Hold it again" after the tab slept past the chosen slot says so and sends no hold', async () => {
    const { el, slotted } = await openSlotted();
    const hold = part<HTMLButtonElement>(el, 'hold')!;
    const { chosen, start } = await chooseFirstSlot(el);
    clock = fakeClock();
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    // The tab sleeps: the hold runs out, then the slot begins.
    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(slotted.pickup.holdMinutes * 60_000);
    await expired;
    clock.tick(Math.max(0, start - Date.now()) + 60_000);
    await until(() => part(el, 'hold-again'), 'the expired step');
    // Awake: timers run again (the client batches its requests on them), Date stays late.
    const late = Date.now();
    clock.restore();
    clock = sinon.useFakeTimers({ now: late, toFake: ['Date'] });
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    const held = posts(/\/holds$/).length;
    part<HTMLButtonElement>(el, 'hold-again')!.click();
    // The store step again, its slots loaded again, with the notice.
    await until(() => part(el, 'hold') && part(el, 'error'), 'the store step and its notice');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveSlotPassed);
    expect(posts(/\/holds$/), 'no hold sent').to.have.length(held);
    expect(errors, 'no aisle-error').to.deep.equal([]);
    expect(el.step).to.equal('store');
    const offered = [...(part<HTMLSelectElement>(el, 'slot')?.options ?? [])].map((o) => o.value);
    expect(offered).not.to.include(chosen);
  });
});
