/**
 * The fault matrix for `<aisle-reserve-button>`, in three places a fault can hit: loading the
 * store step (GETs: retried by the client), holding (POST /holds) and confirming
 * (POST /holds/{id}/confirm). Each ends in a clear state with a way forward; when the API comes
 * back the shopper's retry succeeds, and the mock's counters prove that no hold or reservation
 * was made twice or lost. Shared by test/hardening (every fault) and test/components (a subset).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
// The client loads its reservation requests with the first of them (a module request in real
// time); loaded here, so the fake clock that drives these tests never outruns that load.
import '../../src/client/rest-reservations.js';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi, type EndpointName } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import {
  until,
  applyFault,
  drive,
  fakeClock,
  idle,
  watchPage,
  type Fault,
  type PageWatch,
} from './harness.js';

const SKU = 'AISLE-0001';
/** A store with pickup and no slots. */
const store = mockApi.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;
const READS: EndpointName[] = ['getStore', 'getAvailability', 'getSlots'];

export type ReservePhase = 'load' | 'hold' | 'confirm';

function part<T extends HTMLElement = HTMLElement>(el: AisleReserveButton, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function type(el: AisleReserveButton, id: string, value: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Holds on the server now: created, not released, expired or turned into a reservation. */
function liveHolds(): number {
  const s = mockApi.stats();
  return s.holdsCreated - s.holdsReleased - s.holdsExpired - s.reservationsConfirmed;
}

export function reserveMatrix(faults: readonly Fault[], phases: readonly ReservePhase[]): void {
  describe('<aisle-reserve-button> fault matrix', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    let watch: PageWatch;
    let errors: string[];
    const onAisleError = (e: Event) =>
      errors.push((e as CustomEvent<{ code: string }>).detail.code);

    beforeEach(() => {
      resetClientsForTests();
      sessionStorage.clear();
      myStore().set(null, 'none');
      mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
      errors = [];
      addEventListener('aisle-error', onAisleError);
      watch = watchPage();
    });

    afterEach(() => {
      clock?.restore();
      clock = undefined;
      watch.stop();
      removeEventListener('aisle-error', onAisleError);
    });

    async function mount(): Promise<AisleReserveButton> {
      return fixture<AisleReserveButton>(
        html`<aisle-reserve-button
          lang="en"
          sku=${SKU}
          store=${store.id}
          product-name="Oak chair"
        ></aisle-reserve-button>`,
      );
    }

    // The way to the faulted step runs on real timers; the fake clock starts with the fault.
    async function openToHold(el: AisleReserveButton): Promise<HTMLButtonElement> {
      part(el, 'button')!.click();
      await until(() => part(el, 'hold'), 'the hold button');
      return part<HTMLButtonElement>(el, 'hold')!;
    }

    async function holdAndFill(el: AisleReserveButton): Promise<void> {
      (await openToHold(el)).click();
      await until(() => part(el, 'form'), 'the contact form');
      type(el, 'name', 'Ada Lovelace');
      type(el, 'email', 'ada@example.com');
      el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
      await el.updateComplete;
    }

    /** Drives the clock until `check` holds; a failure says where the element got stuck. */
    async function wait(el: AisleReserveButton, check: () => unknown, what: string) {
      try {
        return await drive(clock!, check, what);
      } catch (e) {
        const dialog = el.shadowRoot!.querySelector('dialog');
        const shown = dialog ? dialog.textContent!.replace(/\s+/g, ' ') : '(no dialog)';
        const stats = JSON.stringify(mockApi.stats());
        throw new Error(
          `${(e as Error).message}; step ${el.step}; stats ${stats}; shows "${shown}"; ` +
            `errors ${errors.join(',')}; sent ${requests.map((r) => `${r.method} ${new URL(r.url).pathname}`).join(', ')}`,
        );
      }
    }

    /**
     * A POST parked on the mock's latency reaches the server's handler once that time has
     * passed: let it (the server holds or confirms while the shopper sees the failure), then go
     * on in real time, as a shopper would retry.
     */
    async function serverCatchesUp(fault: Fault): Promise<void> {
      const latency = fault.scenario.latency ?? 0;
      if (latency) await idle(clock!, latency + 1000, 1000);
      clock!.restore();
      clock = undefined;
    }

    /**
     * Presses as a shopper would after a `Retry-After`: once its wait is over (the device's clock
     * moved past it until `sent` says the request went; a press before sends nothing).
     */
    async function afterTheWait(fault: Fault, press: () => void, sent: () => boolean) {
      const asked = fault.scenario.rateLimited ?? fault.scenario.serviceUnavailable;
      if (!asked?.retryAfter) return press();
      const later = sinon.useFakeTimers({ now: Date.now() + 600_000, toFake: ['Date'] });
      try {
        press();
        await until(sent, 'the request, once the wait is over');
      } finally {
        later.restore();
      }
    }

    function expectQuiet(): void {
      expect(watch.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(watch.consoleErrors, 'console errors').to.deep.equal([]);
    }

    for (const phase of phases) {
      for (const fault of faults) {
        // Only reads are retried by the client: a fault on a POST always reaches the shopper.
        const goal = phase === 'load' ? fault.readGoal : 'error';
        it(`${phase}: ${fault.name}: ${goal === 'error' ? 'says so, offers a retry, recovers' : 'the client retries, the step loads'}`, async () => {
          if (phase === 'load') clock = fakeClock();
          const el = await mount();
          if (phase === 'load') {
            applyFault(fault, READS);
            part(el, 'button')!.click();
            // The dialog's module loads on that click, in real time (no timers involved).
            await until(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog');
            if (fault.scenario.latency) {
              await idle(clock!, 7000);
              expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
                en.loading,
              );
            }
            if (goal === 'transparent') {
              await wait(el, () => part(el, 'hold'), 'the store step');
              expect(errors).to.deep.equal([]);
            } else {
              await wait(el, () => part(el, 'retry'), 'the retry button');
              // What failed: no answer (offline, too slow), or an answer it could not use.
              const unreachable = fault.scenario.offline || fault.scenario.latency;
              expect(part(el, 'error')!.textContent).to.equal(
                unreachable ? en.reserveStoreUnreachable : en.reserveStoreFailed,
              );
              expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
              expect(errors).to.have.length(1);
              mockApi.setScenario({});
              part(el, 'retry')!.click();
              await wait(el, () => part(el, 'hold'), 'the store step after the retry');
            }
            expect(el.shadowRoot!.textContent).to.include(store.name);
            expect(mockApi.stats().requests.createHold).to.equal(0);
          }

          if (phase === 'hold') {
            const hold = await openToHold(el);
            clock = fakeClock();
            applyFault(fault, 'createHold');
            hold.click();
            await wait(
              el,
              () => el.step === 'store' && part(el, 'error'),
              'the hold failure notice',
            );
            // A Retry-After says how long to wait; any other failure, to try again.
            const asked = fault.scenario.rateLimited ?? fault.scenario.serviceUnavailable;
            expect(part(el, 'error')!.textContent).to.equal(
              asked?.retryAfter ? en.reserveBusy(asked.retryAfter) : en.reserveHoldFailed,
            );
            expect(errors).to.have.length(1);
            await serverCatchesUp(fault);
            // The way forward: the hold button is still there, and works once the API is back.
            mockApi.setScenario({});
            const holds = mockApi.stats().requests.createHold;
            await afterTheWait(
              fault,
              () => part(el, 'hold')!.click(),
              () => mockApi.stats().requests.createHold > holds,
            );
            await until(() => el.step === 'contact', 'the contact step');
            expect(liveHolds(), 'holds live on the server').to.equal(1);
            part(el, 'close')!.click();
            await wait(el, () => liveHolds() === 0, 'the release on close');
            // An answer that broke the contract named its hold, given back at once.
            expect(mockApi.stats().holdsReleased).to.equal(fault.scenario.invalidSchema ? 2 : 1);
          }

          if (phase === 'confirm') {
            await holdAndFill(el);
            clock = fakeClock();
            applyFault(fault, 'confirmHold');
            part(el, 'confirm')!.click();
            await wait(
              el,
              () => el.step === 'contact' && part(el, 'error'),
              'the confirm failure notice',
            );
            const network = /latency|offline|timeout/.test(fault.name);
            const asked = fault.scenario.rateLimited ?? fault.scenario.serviceUnavailable;
            // A network fault must say the hold is kept, and a Retry-After how long to wait.
            // Any other fault may say either: on a loaded machine the fake clock can outrun the
            // mock's real answer, and then the client's own timeout (a network failure,
            // rightly) is what the shopper meets.
            expect(part(el, 'error')!.textContent?.trim()).to.be.oneOf(
              network
                ? [en.reserveConfirmNetwork]
                : asked?.retryAfter
                  ? [en.reserveBusy(asked.retryAfter), en.reserveConfirmNetwork]
                  : [en.reserveConfirmUnsure, en.reserveConfirmFailed, en.reserveConfirmNetwork],
            );
            expect(errors).to.have.length(1);
            // The form is kept: the shopper confirms again once the API is back.
            expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal(
              'Ada Lovelace',
            );
            await serverCatchesUp(fault);
            mockApi.setScenario({});
            const confirms = mockApi.stats().requests.confirmHold;
            await afterTheWait(
              fault,
              () => part(el, 'confirm')!.click(),
              () => mockApi.stats().requests.confirmHold > confirms,
            );
            await until(() => part(el, 'code'), 'the confirmation');
            expect(el.step).to.equal('confirmed');
            const stats = mockApi.stats();
            expect(stats.reservationsConfirmed, 'reservations').to.equal(1);
            expect(stats.holdsCreated, 'holds').to.equal(1);
            expect(liveHolds(), 'holds left dangling').to.equal(0);
          }
          expectQuiet();
        });
      }
    }
  });
}
