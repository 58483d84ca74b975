/**
 * A reservation belongs to the API that made it: a merchant's widget (its own `api`) beside the
 * retailer's keeps its reservations apart, never reads, shows or cancels one through the other
 * API, and no message on the tabs' channel (any script of the site can post there) makes a tab
 * forget a real reservation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { createMockApi } from '../../src/mocks/mock-api.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  part,
  resetReserveState,
  reserveElsewhere,
  SKU,
  store,
  submit,
  until,
  label,
} from './reserve-button-helpers.js';

const MERCHANT = '/merchant-api/v1';
const merchant = createMockApi({ base: MERCHANT });

/** The retailer's button, and a merchant's for the same SKU under its own `api`. */
async function page(): Promise<{ retailer: AisleReserveButton; theirs: AisleReserveButton }> {
  const root = await fixture<HTMLElement>(html`
    <div>
      <aisle-reserve-button id="retailer" sku=${SKU} store=${store.id}></aisle-reserve-button>
      <aisle-config api=${MERCHANT}>
        <aisle-reserve-button id="merchant" sku=${SKU} store=${store.id}></aisle-reserve-button>
      </aisle-config>
    </div>
  `);
  return {
    retailer: root.querySelector<AisleReserveButton>('#retailer')!,
    theirs: root.querySelector<AisleReserveButton>('#merchant')!,
  };
}

const reads = (base: string) =>
  requests.filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname.startsWith(`${base}/reservations/`),
  );

describe('<aisle-reserve-button> reservations and their API', () => {
  beforeEach(() => {
    resetReserveState();
    merchant.reset();
    merchant.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    useHandlers(...merchant.handlers);
  });

  it('keeps a merchant’s reservation apart from the retailer’s, across a reload', async () => {
    const first = await page();
    await holdAndFill(first.theirs);
    submit(first.theirs);
    await until(() => part(first.theirs, 'code'), 'the merchant’s confirmation');
    const code = part(first.theirs, 'code')!.textContent!.trim();
    expect(merchant.stats().reservationsConfirmed).to.equal(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(0);
    expect(sessionStorage.getItem(`aisle:reservation:${MERCHANT} ${SKU}`)).to.include(code);
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
    first.retailer.parentElement!.remove();
    resetClientsForTests();
    requests.length = 0;
    // The reload: the merchant's button shows its reservation; the retailer's offers to reserve.
    const again = await page();
    await until(() => again.theirs.step === 'confirmed', 'the merchant’s reservation read back');
    expect(label(again.theirs)).to.equal('View your reservation');
    expect(label(again.retailer)).to.equal('Reserve in store');
    expect(reads('/aisle-api/v1'), 'never read through the retailer’s API').to.have.length(0);
    expect(reads(MERCHANT)).to.have.length(1);
  });

  it('keeps its confirmed reservation when the channel tells a made-up one', async () => {
    const real = await reserveElsewhere();
    sessionStorage.setItem(
      `aisle:reservation:/aisle-api/v1 ${SKU}`,
      JSON.stringify({ id: real.id, code: real.code }),
    );
    const { retailer } = await page();
    await until(() => retailer.step === 'confirmed', 'the kept reservation');
    const channel = new BroadcastChannel('aisle:reservations');
    const before = reads('/aisle-api/v1').length;
    try {
      for (const forged of [
        { api: '/aisle-api/v1', sku: SKU, id: 'r_bogus', code: 'FAKE-00' },
        { api: '/aisle-api/v1', sku: SKU, id: '..', code: 'FAKE-01' },
        { api: '/aisle-api/v1', sku: SKU, id: '<img src=x>', code: 'FAKE-02' },
        { sku: SKU, id: 'r_no_api', code: 'FAKE-03' },
      ]) {
        channel.postMessage(forged);
      }
      // Its own is read first (still confirmed: kept, and the message goes no further).
      await until(() => reads('/aisle-api/v1').length > before, 'checked');
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      channel.close();
    }
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(
      JSON.stringify({ id: real.id, code: real.code }),
    );
    expect(retailer.step).to.equal('confirmed');
    expect(reads('/aisle-api/v1').map((r) => new URL(r.url).pathname)).not.to.include(
      '/aisle-api/v1/reservations/..',
    );
  });

  it('adopts a reservation kept before reservations were kept per API', async () => {
    const real = await reserveElsewhere();
    sessionStorage.setItem(
      `aisle:reservation:${SKU}`,
      JSON.stringify({ id: real.id, code: real.code }),
    );
    const { retailer } = await page();
    await until(() => retailer.step === 'confirmed', 'the reservation shown');
    expect(label(retailer)).to.equal('View your reservation');
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.include(real.id);
    expect(sessionStorage.getItem(`aisle:reservation:${SKU}`)).to.equal(null);
  });

  it('reads a tampered stored id as nothing kept, never as a request path', async () => {
    sessionStorage.setItem(
      `aisle:reservation:/aisle-api/v1 ${SKU}`,
      JSON.stringify({ id: '..', code: 'X' }),
    );
    const { retailer } = await page();
    await new Promise((r) => setTimeout(r, 100));
    expect(reads('/aisle-api/v1')).to.have.length(0);
    expect(label(retailer)).to.equal('Reserve in store');
    // Not "we could not check your reservation" for ever: the shopper can reserve.
    part<HTMLButtonElement>(retailer, 'button')!.click();
    await until(() => part(retailer, 'hold'), 'the store step');
    expect(part(retailer, 'retry')).to.equal(null);
  });
});
