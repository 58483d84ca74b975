/**
 * The store step holds to the question whatever the API answers: the store asked for and no
 * other, slots in time order, and the stores offered instead each once, within 50 km.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import type { AisleClient } from '../../src/client/client.js';
import type { ClientReservations } from '../../src/client/reservations.js';
import type { PickupSlot, Store } from '../../src/client/types.js';
import { findAlternatives, loadSlots } from '../../src/components/reserve-button/store-data.js';
import { distanceKm } from '../../src/geo/distance.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  mount,
  openDialog,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  text,
  until,
} from './reserve-button-helpers.js';

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const slot = (id: string, from: number): PickupSlot => ({
  id,
  start: hours(from),
  end: hours(from + 1),
  remaining: 2,
});

describe('<aisle-reserve-button> store step, with a lying API', () => {
  beforeEach(resetReserveState);

  it('never shows, nor holds at, another store than the one asked for', async () => {
    const other = mockApi.stores.find((s) => s.id !== store.id && s.pickup.enabled)!;
    mockApi.setStock(SKU, other.id, { status: 'in_stock', quantity: 5 });
    // GET /stores/{id} answering another store (a cache keyed wrongly).
    useHandlers(http.get('*/aisle-api/v1/stores/:id', () => HttpResponse.json(other)));
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'hold') || part(el, 'retry'), 'the store step');
    expect(text(el)).not.to.include(other.name);
    expect(part(el, 'hold'), 'no hold offered').not.to.exist;
    expect(posts(/\/holds$/)).to.have.length(0);
  });

  it('offers the slots in time order, however the API orders them', async () => {
    const slotted = {
      ...store,
      hours: { weekly: [], exceptions: [] },
      pickup: { ...store.pickup, slots: true, prepMinutes: 0, cutoff: undefined },
    };
    const client = {
      getSlots: async () => [slot('c', 5), slot('a', 2), slot('b', 3)],
    } as unknown as ClientReservations;
    const slots = await loadSlots(client, slotted, undefined, {});
    expect(slots.map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('offers other stores each once and within 50 km, nearest first', async () => {
    const here = store;
    const by = (s: Store) => distanceKm(here.location, s.location);
    const pickup = mockApi.stores.filter((s) => s.id !== here.id && s.pickup.enabled);
    const near = pickup.filter((s) => by(s) <= 50).sort((a, b) => by(a) - by(b));
    const far = pickup.find((s) => by(s) > 200)!;
    expect(near.length, 'the mock has two stores with pickup near the store').to.be.at.least(2);
    const [first, second] = near as [Store, Store];
    const client = {
      // Unsorted, one store twice, one hundreds of km past the radius asked.
      searchStores: async () => [far, second, first, second, here],
      availabilityFor: async (_skus: string[], ids: string[]) => ({
        value: ids.map((storeId) => ({
          sku: SKU,
          storeId,
          status: 'in_stock',
          quantity: 5,
          updatedAt: new Date().toISOString(),
        })),
      }),
    } as unknown as AisleClient;
    const found = await findAlternatives(client, SKU, here, 1, {});
    expect(found.map((c) => c.store.id)).to.deep.equal([first.id, second.id]);
  });
});

describe('<aisle-reserve-button> store step, other stores', () => {
  beforeEach(resetReserveState);

  const neighbour = () =>
    mockApi.stores.find((s) => s.id !== store.id && distanceKm(store.location, s.location) < 40)!;

  it('never says no store nearby has it when one has it without pickup', async () => {
    const other = neighbour();
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    mockApi.setStock(SKU, other.id, { status: 'in_stock', quantity: 4 });
    const noPickup = { ...other, pickup: { ...other.pickup, enabled: false } };
    useHandlers(
      http.get('*/aisle-api/v1/stores', () => HttpResponse.json({ stores: [store, noPickup] })),
    );
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'note') && text(el).includes('nearby'), 'the note on others');
    // The badge beside it says "In stock at <other>": the dialog must not contradict it.
    expect(text(el)).not.to.match(/nearby has it/);
  });

  it('says nothing about other stores when they could not be looked up', async () => {
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    useHandlers(
      http.get('*/aisle-api/v1/stores', () =>
        HttpResponse.json({ title: 'Bad', status: 400 }, { status: 400 }),
      ),
    );
    const el = await mount();
    await openDialog(el);
    // The store step shows once its data, the other stores' look-up included, has come.
    await until(() => text(el).includes('Not available to reserve'), 'the store step');
    expect(text(el)).not.to.include('nearby');
  });

  for (const [lang, said] of [
    [
      'en',
      'The store offered a different pickup time from the one you chose, so nothing is held. Please choose a pickup time again.',
    ],
    [
      'fr',
      'Le magasin a proposé une autre heure de retrait que celle choisie\u00a0: rien n’est mis de côté. Veuillez choisir de nouveau une heure de retrait.',
    ],
  ] as const) {
    it(`gives back a hold answered for another pickup slot than the one picked, and says so exactly (${lang})`, async () => {
      const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
      mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
      let held: string | undefined;
      useHandlers(
        http.post('*/aisle-api/v1/holds', async ({ request }) => {
          const response = (await getResponse(mockApi.handlers, request))!;
          if (response.status !== 201) return response;
          const hold = (await response.json()) as { id: string };
          held = hold.id;
          return HttpResponse.json({ ...hold, slotId: 'another-slot' }, { status: 201 });
        }),
      );
      const el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button
          lang=${lang}
          sku=${SKU}
          store=${slotted.id}
        ></aisle-reserve-button>`,
      );
      await openDialog(el);
      await until(() => part(el, 'slot'), 'the slots');
      const select = part<HTMLSelectElement>(el, 'slot')!;
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const errors: string[] = [];
      el.addEventListener('aisle-error', (e) => errors.push((e as CustomEvent).detail.code));
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => part(el, 'error'), 'the notice');
      expect(part(el, 'form'), 'no contact step for a hold of another slot').to.equal(null);
      // Not "that pickup time has just filled up": nothing says it did; another slot was held.
      expect(part(el, 'error')!.textContent!.trim()).to.equal(said);
      expect(errors).to.deep.equal(['invalid_response']);
      const releases = () =>
        requests.filter((r) => r.method === 'DELETE' && r.url.endsWith(`/holds/${held}`));
      await until(() => releases().length === 1, 'the hold given back');
    });
  }
});
