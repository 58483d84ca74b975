/**
 * The reserve button as a CMS editor writes it: a missing or malformed `sku`, a `quantity` that is
 * not a number, a `store` that cannot be an id. Each gets a console line that says what is wrong,
 * and a button that cannot be used never opens a dialog that would ask the API about nothing. A
 * `sku` or `store` pasted with spaces around it is read without them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';
import { warningsDuring } from '../helpers/console.js';
import { openDialog, until } from './reserve-button-helpers.js';

const store = mockApi.stores[3]!;
const button = (el: AisleReserveButton) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

describe('<aisle-reserve-button> attributes written wrong', () => {
  for (const [what, sku, line] of [
    ['a malformed sku', 'bad sku!', '<aisle-reserve-button> sku "bad sku!" is not a valid SKU'],
    ['no sku', undefined, '<aisle-reserve-button> needs a sku attribute'],
  ] as const) {
    it(`${what}: says why in the console, and the button is disabled and opens nothing`, async () => {
      let el!: AisleReserveButton;
      const warned = await warningsDuring(async () => {
        el = await fixture<AisleReserveButton>(
          sku === undefined
            ? html`<aisle-reserve-button store=${store.id}></aisle-reserve-button>`
            : html`<aisle-reserve-button sku=${sku} store=${store.id}></aisle-reserve-button>`,
        );
      });
      expect(warned.join('\n')).to.contain(line);
      expect(button(el).disabled).to.equal(true);
      expect(button(el).textContent!.trim()).to.equal('Reservation unavailable');
      const asked = requests.length;
      el.show();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(requests.length).to.equal(asked);
      await expect(el).to.be.accessible();
    });
  }

  it('a quantity that is not a whole number says so; the button still works (with 1)', async () => {
    let el!: AisleReserveButton;
    const warned = await warningsDuring(async () => {
      el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button
          sku="AISLE-0001"
          quantity="a few"
          store=${store.id}
        ></aisle-reserve-button>`,
      );
    });
    expect(warned).to.deep.equal([
      '[aisle] <aisle-reserve-button> quantity "a few" must be a whole number from 1 to 999; using 1.',
    ]);
    expect(button(el).disabled).to.equal(false);
  });

  it('a store that cannot be an id says so', async () => {
    const tampered = '<b>lyon</b>';
    const warned = await warningsDuring(() =>
      fixture(
        html`<aisle-reserve-button sku="AISLE-0001" store=${tampered}></aisle-reserve-button>`,
      ),
    );
    expect(warned).to.deep.equal([
      `[aisle] <aisle-reserve-button> store "<b>lyon</b>" is not a valid store id; using the shopper's store.`,
    ]);
  });

  it('a store pasted with spaces around it is that store', async () => {
    const warned = await warningsDuring(async () => {
      const el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button
          sku="AISLE-0001"
          store=${` ${store.id} `}
        ></aisle-reserve-button>`,
      );
      expect(el.storeId).to.equal(store.id);
    });
    expect(warned).to.deep.equal([]);
  });

  it('a sku pasted with spaces around it is that product, and says nothing', async () => {
    resetClientsForTests(); // no stock kept from the tests above
    const asked = requests.length;
    let el!: AisleReserveButton;
    const warned = await warningsDuring(async () => {
      el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button sku=" AISLE-0001	" store=${store.id}></aisle-reserve-button>`,
      );
    });
    expect(warned).to.deep.equal([]);
    expect(el.sku).to.equal('AISLE-0001');
    expect(button(el).disabled).to.equal(false);
    await openDialog(el);
    const stock = () =>
      requests.slice(asked).find((r) => new URL(r.url).pathname.endsWith('/availability'));
    await until(stock, 'the dialog asks for stock');
    expect(new URL(stock()!.url).searchParams.get('skus')).to.equal('AISLE-0001');
  });

  it('a correct button says nothing', async () => {
    const warned = await warningsDuring(() =>
      fixture(
        html`<aisle-reserve-button
          sku="AISLE-0002"
          quantity="2"
          store=${store.id}
        ></aisle-reserve-button>`,
      ),
    );
    expect(warned).to.deep.equal([]);
  });
});
