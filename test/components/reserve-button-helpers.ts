import type { Reservation, Store } from '../../src/client/types.js';
import { expect, fixture, html } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';

export const SKU = 'AISLE-0001';
/** A store with pickup and no slots; every test gives it 5 units of SKU. */
export const store = mockApi.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;

export function posts(path: RegExp): Request[] {
  return requests.filter((r) => r.method === 'POST' && path.test(new URL(r.url).pathname));
}

export async function mount(lang = 'en'): Promise<AisleReserveButton> {
  return fixture<AisleReserveButton>(
    html`<aisle-reserve-button
      lang=${lang}
      sku=${SKU}
      store=${store.id}
      product-name="Oak chair"
    ></aisle-reserve-button>`,
  );
}

/** Each test starts with no cached client data, nothing saved, and stock at the store. */
export function resetReserveState(): void {
  resetClientsForTests();
  sessionStorage.clear();
  mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
}

/**
 * Another tab of the shop, for a describe block: before each test (after resetReserveState()) a
 * channel of its own on `aisle:reservations` that records what it hears; closed after each test.
 */
export function anotherTab(): { channel: BroadcastChannel; heard: Record<string, unknown>[] } {
  const tab = {
    channel: undefined as unknown as BroadcastChannel,
    heard: [] as Record<string, unknown>[],
  };
  beforeEach(() => {
    resetReserveState();
    tab.heard = [];
    tab.channel = new BroadcastChannel('aisle:reservations');
    tab.channel.onmessage = (e) => tab.heard.push(e.data);
  });
  afterEach(() => tab.channel.close());
  return tab;
}

/** Unfolds an iCalendar text back into logical lines, checking the rules on the way. */
export function parseIcs(text: string): string[] {
  expect(text.endsWith('\r\n')).to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) {
    expect(line).not.to.include('\n');
    expect(encoder.encode(line).length, line).to.be.at.most(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

/** Yields one macrotask without timers (works under sinon's fake timers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Waits until `check` holds, polling between macrotasks without timers (so it works under sinon's
 * fake timers, which leave `performance.now` alone); fails after `ms` of real time (10 s: a
 * store step's three reads took over 5 s in Firefox on a machine loaded 14 times over its cores).
 */
export async function until(check: () => unknown, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (check()) return;
    await nextTask();
  }
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

export function part<T extends Element = HTMLElement>(
  el: AisleReserveButton,
  name: string,
): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The text of what an element's `aria-describedby` names, in its shadow root (as a browser joins it). */
export function description(el: AisleReserveButton, of: Element): string {
  const ids = (of.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function text(el: AisleReserveButton): string {
  return (el.shadowRoot!.querySelector('dialog')?.textContent ?? '').replace(/\s+/g, ' ');
}

/** What the reserve button itself reads ("Reserve in store", "View your reservation"). */
export function label(el: AisleReserveButton): string {
  return part(el, 'button')!.textContent!.trim();
}

/** The dialog, once its module has loaded and it is rendered. */
export function dialogOf(el: AisleReserveButton): HTMLDialogElement | null {
  return el.shadowRoot!.querySelector('dialog');
}

/**
 * Clicks the button and waits for the dialog to be open. Its module loads on that click: the first
 * test of a file waits for the test server to compile it, which takes seconds on a loaded machine
 * (CI runs both browsers at once on 2 cores), hence the longer wait.
 */
export async function openDialog(el: AisleReserveButton): Promise<HTMLDialogElement> {
  part<HTMLButtonElement>(el, 'button')!.click();
  await until(() => dialogOf(el)?.open, 'the dialog to open', 15_000);
  return dialogOf(el)!;
}

/** Opens the dialog and waits for the store step's hold button. */
export async function openToHold(el: AisleReserveButton): Promise<HTMLButtonElement> {
  await openDialog(el);
  await until(() => part(el, 'hold'), 'the hold button');
  return part<HTMLButtonElement>(el, 'hold')!;
}

/** The dialog's error notice as it reads (its own text: French no-break spaces kept). */
export function errorNotice(el: AisleReserveButton): string {
  return part(el, 'error')?.textContent?.trim() ?? '';
}

export function type(el: AisleReserveButton, id: string, value: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Holds, fills the contact form and submits it. */
export async function holdAndFill(el: AisleReserveButton): Promise<void> {
  (await openToHold(el)).click();
  await until(() => part(el, 'form'), 'the contact form');
  type(el, 'name', 'Ada Lovelace');
  type(el, 'email', 'ada@example.com');
  el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
}

export function submit(el: AisleReserveButton): void {
  part<HTMLButtonElement>(el, 'confirm')!.click();
}

/** Opens, holds, confirms and waits for the confirmation's hours table and QR code. */
export async function confirmed(lang: string): Promise<AisleReserveButton> {
  const el = await mount(lang);
  await holdAndFill(el);
  submit(el);
  await until(() => part(el, 'hours')?.querySelector('td') && part(el, 'qr'), 'the confirmation');
  return el;
}

/** A handler that confirms as the mock does, with the reservation's answer changed by `lie`. */
export function confirmAnswering(lie: () => Partial<Reservation>) {
  return http.post('*/aisle-api/v1/holds/:id/confirm', async ({ request }) => {
    const answer = (await getResponse(mockApi.handlers, request))!;
    if (answer.status !== 201 && answer.status !== 200) return answer;
    const made = (await answer.json()) as Reservation;
    return HttpResponse.json({ ...made, ...lie() }, { status: answer.status });
  });
}

/** A handler answering every availability request with SKU in stock at `storeId`, ready at `readyAt`. */
export function availabilityReadyAt(storeId: string, readyAt: string, quantity: number) {
  return http.get('*/aisle-api/v1/availability', () =>
    HttpResponse.json({
      availability: [
        {
          sku: SKU,
          storeId,
          status: 'in_stock',
          quantity,
          updatedAt: new Date().toISOString(),
          pickupReadyAt: readyAt,
        },
      ],
    }),
  );
}

/** Store hours: the same opening every day of the week, no exceptions. */
export function everyDay(opens: string, closes: string): Store['hours'] {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  return { weekly: days.map((day) => ({ day, opens, closes })), exceptions: [] };
}

/**
 * A handler serving `store` as open round the clock, with no preparation time nor same-day cutoff:
 * its own promise is "now", so the API's `pickupReadyAt` (availabilityReadyAt) decides, whatever
 * the time of day the test runs.
 */
export function openAllHours(store: Store) {
  return http.get(`*/aisle-api/v1/stores/${store.id}`, () =>
    HttpResponse.json({
      ...store,
      hours: everyDay('00:00', '24:00'),
      pickup: { ...store.pickup, prepMinutes: 0, cutoff: undefined },
    }),
  );
}

/**
 * Fake timers and Date from now on (for a hold's countdown); the page's other clocks
 * (`performance.now`, used by `until`) keep running.
 */
export function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: Date.now(),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    // A timer set before the fake clock (the shared minute ticker) is really cleared.
    shouldClearNativeTimers: true,
  });
}

/** A reservation made on the (mock) server, as another tab (or a page before a reload) would have. */
export async function reserveElsewhere(): Promise<Reservation> {
  const post = (path: string, body: unknown) =>
    fetch(`/aisle-api/v1${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const hold = (await post('/holds', { sku: SKU, storeId: store.id, quantity: 1 })) as {
    id: string;
  };
  return (await post(`/holds/${hold.id}/confirm`, {
    customer: { name: 'Ada', email: 'ada@example.com' },
    consent: { terms: true, marketing: false },
  })) as Reservation;
}

/** A button at a store with pickup slots, opened to its store step. */
export async function openSlotted(
  lang = 'en',
  slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!,
) {
  mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
  const el = await fixture<AisleReserveButton>(
    html`<aisle-reserve-button lang=${lang} sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
  );
  await openToHold(el);
  return { el, slotted };
}

/** Chooses the first pickup slot offered: its id, and its start as the API lists it. */
export async function chooseFirstSlot(
  el: AisleReserveButton,
): Promise<{ chosen: string; start: number }> {
  const select = part<HTMLSelectElement>(el, 'slot')!;
  const chosen = select.options[1]!.value;
  select.value = chosen;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  const [, storeId, date] = /^slot_(.+)_(\d{4}-\d{2}-\d{2})_\d{4}$/.exec(chosen)!;
  const listed = (await (
    await fetch(`/aisle-api/v1/stores/${storeId}/slots?date=${date}`)
  ).json()) as { slots: { id: string; start: string }[] };
  return { chosen, start: Date.parse(listed.slots.find((s) => s.id === chosen)!.start) };
}
