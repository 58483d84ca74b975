/**
 * The fault matrix for `<aisle-store-locator>`: the store search (a GET, retried by the client)
 * meets each fault on a fake clock; it ends in the list, or in "We could not load stores" with
 * "Try again", and the retry lists the stores once the API is back. With a `sku`, a fault on
 * availability alone keeps the list and says the stock is unknown.
 * Shared by test/hardening (every fault) and test/components (a fast subset).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import {
  applyFault,
  drive,
  fakeClock,
  idle,
  watchPage,
  type Fault,
  type PageWatch,
} from './harness.js';

const PARIS = '48.8566,2.3522';
const SKU = 'AISLE-0001';

const cards = (el: AisleStoreLocator) => el.shadowRoot!.querySelectorAll('article.store');
const $ = (el: AisleStoreLocator, part: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

export function locatorMatrix(faults: readonly Fault[]): void {
  describe('<aisle-store-locator> fault matrix', () => {
    let clock: sinon.SinonFakeTimers;
    let watch: PageWatch;
    let errors: string[];
    const onAisleError = (e: Event) =>
      errors.push((e as CustomEvent<{ code: string }>).detail.code);

    beforeEach(() => {
      resetClientsForTests();
      myStore().set(null, 'none');
      errors = [];
      addEventListener('aisle-error', onAisleError);
      watch = watchPage();
      clock = fakeClock();
    });

    afterEach(() => {
      clock.restore();
      watch.stop();
      removeEventListener('aisle-error', onAisleError);
    });

    function expectQuiet(): void {
      expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(watch.consoleErrors, 'console errors').to.deep.equal([]);
    }

    for (const fault of faults) {
      it(`search: ${fault.name}: ${fault.readGoal === 'error' ? 'says so, offers a retry, recovers' : 'the client retries, the list shows'}`, async () => {
        applyFault(fault, 'searchStores');
        const el = await fixture<AisleStoreLocator>(
          html`<aisle-store-locator
            no-map
            lang="en"
            near=${PARIS}
            limit="5"
          ></aisle-store-locator>`,
        );
        if (fault.scenario.latency) {
          await idle(clock, 7000);
          expect($(el, 'loading')?.textContent).to.equal(en.loading);
        }
        if (fault.readGoal === 'transparent') {
          await drive(clock, () => cards(el).length === 5, 'the list');
          expect(errors).to.deep.equal([]);
        } else {
          await drive(clock, () => $(el, 'retry'), 'the retry button');
          expect($(el, 'error')!.textContent).to.include(en.locatorError);
          expect($(el, 'retry')!.textContent!.trim()).to.equal(en.retry);
          expect(errors).to.have.length(1);
          mockApi.setScenario({});
          $(el, 'retry')!.click();
          await drive(clock, () => cards(el).length === 5, 'the list after the retry');
          expect($(el, 'error')).to.equal(null);
        }
        await idle(clock, 60_000, 5000);
        expect(cards(el).length).to.equal(5);
        expectQuiet();
        clock.restore();
        await expect(el).to.be.accessible();
      });
    }

    it('availability fails (500) under a listed search: the list stays, stock is unknown', async () => {
      applyFault(
        { name: '500', scenario: { status500: true }, readGoal: 'error' },
        'getAvailability',
      );
      const el = await fixture<AisleStoreLocator>(
        html`<aisle-store-locator
          no-map
          lang="en"
          near=${PARIS}
          limit="5"
          sku=${SKU}
        ></aisle-store-locator>`,
      );
      await drive(
        clock,
        () =>
          cards(el).length === 5 &&
          [...el.shadowRoot!.querySelectorAll('[part~="store-stock"]')].every(
            (s) => s.getAttribute('data-stock') === 'unknown',
          ),
        'the list with unknown stock',
      );
      expect(errors.length).to.be.at.least(1);
      expectQuiet();
    });
  });
}
