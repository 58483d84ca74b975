/**
 * A variant picker (or a framework re-render) changes the button's `sku` and `product-name` while
 * its dialog is open: the open flow keeps the product it was opened for (its title, its store
 * step, its hold, its calendar event); the button stands for the new product once the dialog is
 * closed. No hold is ever made for a product the shopper was not shown.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { mockApi } from '../../src/mocks/mock-api.js';
import {
  dialogOf,
  holdAndFill,
  mount,
  openToHold,
  parseIcs,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  submit,
  until,
} from './reserve-button-helpers.js';

const OTHER = 'AISLE-0002';
const title = (el: HTMLElement) => part(el as never, 'title')!.textContent!.trim();
const heldSkus = async () =>
  Promise.all(
    posts(/\/holds$/).map(async (r) => ((await r.clone().json()) as { sku: string }).sku),
  );

describe('<aisle-reserve-button> with its SKU changed while the dialog is open', () => {
  beforeEach(() => {
    resetReserveState();
    mockApi.setStock(OTHER, store.id, { status: 'in_stock', quantity: 5 });
  });

  it('holds the product the dialog was opened for, then follows the new one once closed', async () => {
    const el = await mount();
    await openToHold(el);
    el.sku = OTHER;
    el.productName = 'Blue chair';
    await el.updateComplete;
    await until(() => part(el, 'hold'), 'the store step');
    expect(title(el)).to.equal('Reserve Oak chair');
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact step');
    expect(await heldSkus()).to.deep.equal([SKU]);

    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    await openToHold(el);
    expect(title(el)).to.equal('Reserve Blue chair');
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact step');
    expect(await heldSkus()).to.deep.equal([SKU, OTHER]);
  });

  it('confirms the hold it made, under its own product name and calendar event', async () => {
    const el = await mount();
    await holdAndFill(el);
    el.sku = OTHER;
    el.productName = 'Blue chair';
    await el.updateComplete;
    expect(title(el)).to.equal('Reserve Oak chair');
    submit(el);
    await until(() => part(el, 'calendar'), 'the confirmation');
    expect(title(el)).to.equal('Reserve Oak chair');
    const create = sinon.stub(URL, 'createObjectURL').returns('blob:test');
    const revoke = sinon.stub(URL, 'revokeObjectURL');
    try {
      part<HTMLButtonElement>(el, 'calendar')!.click();
      const lines = parseIcs(await (create.firstCall.args[0] as Blob).text());
      const summary = lines.find((l) => l.startsWith('SUMMARY:'))!;
      expect(summary).to.include('Oak chair');
      expect(summary).not.to.include('Blue chair');
    } finally {
      create.restore();
      revoke.restore();
    }
    expect(await heldSkus()).to.deep.equal([SKU]);
    // Closed: the button stands for the new product.
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => !dialogOf(el)!.open && el.step === 'idle', 'the button to follow');
  });

  describe('and another tab tells a reservation', () => {
    /** A reservation of `sku` made on the (mock) server, told as another tab would. */
    async function tell(sku: string): Promise<{ id: string; code: string }> {
      const post = (path: string, body: unknown) =>
        fetch(`/aisle-api/v1${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const hold = (await post('/holds', { sku, storeId: store.id, quantity: 1 })) as {
        id: string;
      };
      const made = (await post(`/holds/${hold.id}/confirm`, {
        customer: { name: 'Ada', email: 'ada@example.com' },
        consent: { terms: true, marketing: false },
      })) as { id: string; code: string };
      const other = new BroadcastChannel('aisle:reservations');
      other.postMessage({ api: '/aisle-api/v1', sku, id: made.id, code: made.code });
      setTimeout(() => other.close(), 1000);
      return made;
    }
    const kept = (sku: string) => sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${sku}`);

    it('of the product the dialog is open for: shown, never a second one', async () => {
      const el = await mount();
      await holdAndFill(el);
      el.sku = OTHER;
      await el.updateComplete;
      const made = await tell(SKU);
      await until(() => part(el, 'code'), 'the other tab’s reservation shown');
      expect(part(el, 'code')!.textContent).to.equal(made.code);
      expect(title(el)).to.equal('Reserve Oak chair');
      await until(() => mockApi.stats().holdsReleased === 1, 'its hold given back');
    });

    it('of the button’s new product: kept for it, the open flow left alone', async () => {
      const el = await mount();
      await holdAndFill(el);
      el.sku = OTHER;
      await el.updateComplete;
      const made = await tell(OTHER);
      await until(() => kept(OTHER)?.includes(made.id), 'kept for the new product');
      await new Promise((r) => setTimeout(r, 100));
      expect(el.step, 'the form still there').to.equal('contact');
      expect(mockApi.stats().holdsReleased, 'its hold kept').to.equal(0);
      submit(el);
      await until(() => part(el, 'code'), 'its own confirmation');
      expect(part(el, 'code')!.textContent).not.to.equal(made.code);
    });
  });
});
