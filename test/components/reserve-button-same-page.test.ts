/**
 * Buttons for one product on one page (a product page and its quick view) follow each other, the
 * other tabs follow a cancellation, and a kept confirmation is read again from the API when its
 * dialog opens (cancelled at the till, expired): a cancelled code never shows as valid.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { requests } from '../helpers/mock-api.js';
import {
  dialogOf,
  holdAndFill,
  openDialog,
  part,
  reserveElsewhere,
  anotherTab,
  SKU,
  store,
  submit,
  text,
  until,
  label,
} from './reserve-button-helpers.js';

const API = '/aisle-api/v1';
const reads = (id: string) =>
  requests.filter((r) => r.method === 'GET' && r.url.endsWith(`/reservations/${id}`)).length;

/** Two buttons for SKU, as a product page and its quick view. */
async function twoButtons(): Promise<[AisleReserveButton, AisleReserveButton]> {
  const page = await fixture(html`
    <div>
      <aisle-reserve-button sku=${SKU} store=${store.id} product-name="Oak chair">
      </aisle-reserve-button>
      <aisle-reserve-button sku=${SKU} store=${store.id} product-name="Oak chair">
      </aisle-reserve-button>
    </div>
  `);
  const [a, b] = page.querySelectorAll('aisle-reserve-button');
  return [a!, b!];
}

async function confirmIn(el: AisleReserveButton): Promise<string> {
  await holdAndFill(el);
  submit(el);
  await until(() => part(el, 'code'), 'the confirmation');
  return part(el, 'code')!.textContent!.trim();
}

/** Presses "Cancel reservation" twice (it asks first) and waits for the cancellation. */
async function cancelIn(el: AisleReserveButton): Promise<void> {
  part<HTMLButtonElement>(el, 'cancel')!.click();
  await el.updateComplete;
  part<HTMLButtonElement>(el, 'cancel')!.click();
  await until(() => part(el, 'cancelled'), 'the cancellation');
}

describe('<aisle-reserve-button> with others on the page', () => {
  const tab = anotherTab();

  it('shows a confirmation made in another button for the product, never offers it again', async () => {
    const [a, b] = await twoButtons();
    const code = await confirmIn(a);
    await until(() => b.step === 'confirmed', 'the other button to follow');
    await b.updateComplete;
    expect(label(b)).to.equal('View your reservation');
    await openDialog(b);
    await until(() => part(b, 'code'), 'its confirmation');
    expect(part(b, 'code')!.textContent!.trim()).to.equal(code);
  });

  it('follows a cancellation in another button at once, and tells the other tabs', async () => {
    const [a, b] = await twoButtons();
    const code = await confirmIn(a);
    await until(() => b.step === 'confirmed', 'the other button to follow');
    await until(() => tab.heard.some((m) => m.code === code), 'the other tabs told of it');
    const id = tab.heard.find((m) => m.code === code)!.id as string;
    await cancelIn(a);
    expect(text(a)).to.include(`Reservation ${code} is cancelled.`);
    await b.updateComplete;
    expect(b.step).to.equal('idle');
    expect(label(b)).to.equal('Reserve in store');
    await until(() => tab.heard.some((m) => m.over === id), 'the other tabs told');
    expect(tab.heard).to.deep.include({ api: API, sku: SKU, over: id });
    await openDialog(b);
    await until(() => part(b, 'hold'), 'a new flow');
    expect(part(b, 'code')).to.equal(null);
    expect(part(b, 'qr')).to.equal(null);
  });

  it('shows a confirmation cancelled in another button as cancelled in an open dialog', async () => {
    const [a, b] = await twoButtons();
    const code = await confirmIn(a);
    await until(() => b.step === 'confirmed', 'the other button to follow');
    part<HTMLButtonElement>(a, 'close')!.click();
    await openDialog(b);
    await until(() => part(b, 'code'), 'its confirmation');
    await openDialog(a);
    await cancelIn(a);
    await until(() => part(b, 'cancelled'), 'the cancellation in the open dialog');
    expect(text(b)).to.include(`Reservation ${code} is cancelled.`);
    expect(part(b, 'qr')).to.equal(null);
  });

  it('reads a kept confirmation again when it opens: cancelled at the till, it shows cancelled', async () => {
    const [a] = await twoButtons();
    const code = await confirmIn(a);
    await until(() => tab.heard.some((m) => m.code === code), 'the other tabs told of it');
    const id = tab.heard.find((m) => m.code === code)!.id as string;
    part<HTMLButtonElement>(a, 'close')!.click();
    await fetch(`${API}/reservations/${id}`, { method: 'DELETE' }); // at the till
    const before = reads(id);
    await openDialog(a);
    await until(() => part(a, 'cancelled'), 'the cancellation read from the API');
    expect(reads(id)).to.equal(before + 1);
    expect(part(a, 'qr')).to.equal(null);
    expect(part(a, 'cancel')).to.equal(null);
  });

  it('follows a cancellation in another tab once the API says so; a made-up one changes nothing', async () => {
    const elsewhere = await reserveElsewhere();
    sessionStorage.setItem(
      `aisle:reservation:${API} ${SKU}`,
      JSON.stringify({ id: elsewhere.id, code: elsewhere.code }),
    );
    const [a] = await twoButtons();
    await until(() => a.step === 'confirmed', 'the kept reservation');
    tab.channel.postMessage({ api: API, sku: SKU, over: elsewhere.id }); // not cancelled: ignored
    await until(() => reads(elsewhere.id) >= 2, 'the reservation read again');
    await until(() => false, 'a settle', 200).catch(() => undefined);
    expect(a.step).to.equal('confirmed');
    await fetch(`${API}/reservations/${elsewhere.id}`, { method: 'DELETE' }); // in the other tab
    tab.channel.postMessage({ api: API, sku: SKU, over: elsewhere.id });
    await until(() => a.step === 'idle', 'the button to follow');
    await a.updateComplete;
    expect(label(a)).to.equal('Reserve in store');
    expect(sessionStorage.getItem(`aisle:reservation:${API} ${SKU}`)).to.equal(null);
    expect(dialogOf(a)!.open).to.equal(false);
  });
});
