/**
 * The fault matrix for `<aisle-stock-badge>`: each fault from the mock, driven on a fake clock,
 * must end in a clear state with a way forward (data, or a message and "Try again"), with nothing
 * a host page would see go wrong; then the API comes back and "Try again" shows real data.
 * Shared by test/hardening (every fault) and test/components (a fast subset).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
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

const SKU = 'AISLE-0001';
const store = mockApi.stores[7]!;

function part(el: AisleStockBadge, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

function line(el: AisleStockBadge, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function badgeMatrix(faults: readonly Fault[]): void {
  describe('<aisle-stock-badge> fault matrix', () => {
    let clock: sinon.SinonFakeTimers;
    let watch: PageWatch;
    let errors: string[];
    const onAisleError = (e: Event) =>
      errors.push((e as CustomEvent<{ code: string }>).detail.code);

    beforeEach(() => {
      resetClientsForTests();
      myStore().set(null, 'none');
      mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 6 });
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

    async function mount(): Promise<AisleStockBadge> {
      return fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="en" sku=${SKU} store=${store.id}></aisle-stock-badge>`,
      );
    }

    function expectInStock(el: AisleStockBadge): void {
      expect(el.status).to.equal('in-stock');
      expect(line(el, 'status')).to.equal('In stock: 6');
      expect(line(el, 'details')).to.contain(store.name);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    }

    function expectQuiet(): void {
      expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(watch.consoleErrors, 'console errors').to.deep.equal([]);
    }

    for (const fault of faults) {
      it(`${fault.name}: ${fault.readGoal === 'error' ? 'says so, offers a retry, recovers' : 'the client retries, the badge shows the stock'}`, async () => {
        applyFault(fault);
        const el = await mount();
        const latency = fault.scenario.latency ?? 0;
        if (latency) {
          // Still waiting: a designed loading state, not an empty box or an error.
          await idle(clock, Math.min(latency, 8000) - 500);
          expect(el.status).to.equal('loading');
          expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
          expect(line(el, 'status')).to.equal(en.stockChecking);
        }
        if (fault.readGoal === 'transparent') {
          const spent = await drive(clock, () => el.status !== 'loading', 'the badge to settle');
          await el.updateComplete;
          expectInStock(el);
          expect(errors, 'aisle-error events').to.deep.equal([]);
          const after = fault.scenario.serviceUnavailable ?? fault.scenario.rateLimited;
          if (after) expect(spent, 'Retry-After honoured').to.be.at.least(after.retryAfter * 1000);
          expect(mockApi.stats().faults).to.be.at.least(1);
        } else {
          await drive(clock, () => el.status === 'error', 'the error state');
          await el.updateComplete;
          expect(line(el, 'status')).to.equal(en.badgeUnavailable);
          const retry = part(el, 'action') as HTMLButtonElement;
          expect(retry?.textContent?.trim()).to.equal(en.retry);
          expect(errors.length, 'one aisle-error for the failed lookup').to.equal(1);
          // The API comes back: the shopper's "Try again" shows the real stock.
          mockApi.setScenario({});
          retry.click();
          await drive(clock, () => el.status === 'in-stock', 'the recovery');
          await el.updateComplete;
          expectInStock(el);
          expect(errors.length, 'no new aisle-error after recovery').to.equal(1);
        }
        await idle(clock, 60_000, 5000); // late answers and timers land; still nothing seen
        expect(el.status).to.equal('in-stock');
        expectQuiet();
        clock.restore();
        await expect(el).to.be.accessible();
      });
    }
  });
}
