/**
 * "More time" on a hold (WCAG 2.2.1 Timing Adjustable), for the reservation flow (flow.ts): the
 * server gives the store's `holdMinutes` again from now (`POST /holds/{id}/extend`, optional in
 * the contract). One request at a time (a second press joins it, and a confirm waits for it),
 * each press under its own key. Gone meanwhile (410, or a lost confirm made it a reservation): it
 * expires as the clock would. Refused, or an API without the route: said once, and not offered
 * again for this hold. No answer: said, and the hold runs on.
 */
import type { Hold } from '../../client/types.js';
import { classifyError, codeOf, type FlowError } from './flow-errors.js';
import type { FlowState, ReserveApi } from './flow-types.js';
import { sameHold } from './give-backs.js';

/** What asking for more time needs from the flow. */
export interface ExtensionFlow {
  state(): Readonly<FlowState>;
  /** Bumped when the shopper leaves the flow: a late answer for an older round is dropped. */
  round(): number;
  api(): ReserveApi;
  newKey(): string;
  /** The hold was given more time (its new `expiresAt`). */
  extended(hold: Hold): void;
  /** More time could not be given; the hold runs on. */
  failed(failure: FlowError): void;
  /** The hold is gone: it expires. */
  gone(): void;
  /** Whether "More time" is offered or busy changed. */
  changed(): void;
}

export class HoldExtension {
  private extending?: Promise<void>;
  /** The hold the API gave no more time to (refused, or no such route). */
  private noMoreTime?: string;

  constructor(private readonly flow: ExtensionFlow) {}

  /** The request for more time in flight, if any. */
  get pending(): Promise<void> | undefined {
    return this.extending;
  }

  /** "More time" on the contact step: offered, or 'busy' while asked; `undefined` when not. */
  get offered(): 'offer' | 'busy' | undefined {
    const { step, hold } = this.flow.state();
    if (step !== 'contact' || !hold || this.noMoreTime === hold.id) return undefined;
    return this.extending ? 'busy' : 'offer';
  }

  extend(): Promise<void> {
    if (this.extending) return this.extending;
    const { flow } = this;
    const { hold } = flow.state();
    if (!hold || !this.offered) return Promise.resolve();
    const round = flow.round();
    // Still that hold on the contact step: an answer landing once it expired or was given up
    // must not bring back a hold that is being released.
    const current = () =>
      round === flow.round() && flow.state().hold === hold && flow.state().step === 'contact';
    const sent =
      flow.api().extendHold(hold.id, { idempotencyKey: flow.newKey() }) ??
      Promise.reject(Object.assign(new Error('The API gives no more time'), { status: 501 }));
    const attempt = sent
      .then((longer) => {
        if (!current()) return;
        // `slotId` is optional in a hold answer: compared only when both answers give it.
        const slot = longer.slotId ?? hold.slotId;
        if (
          longer.id !== hold.id ||
          !sameHold({ ...longer, slotId: slot }, { ...hold, slotId: hold.slotId ?? slot })
        ) {
          throw Object.assign(new Error('Not the hold given more time'), {
            kind: 'invalid-response',
          });
        }
        flow.extended(slot === undefined ? longer : { ...longer, slotId: slot });
      })
      .catch((error: unknown) => {
        if (!current()) return;
        const failure = classifyError('extend', error);
        if (failure.reason === 'hold_expired' || codeOf(error) === 'hold_already_confirmed') {
          this.extending = undefined;
          return flow.gone();
        }
        if (failure.reason === 'no_more_time') this.noMoreTime = hold.id;
        flow.failed(failure);
      })
      .finally(() => {
        if (this.extending === attempt) this.extending = undefined;
        flow.changed();
      });
    this.extending = attempt;
    flow.changed(); // "More time" says it is busy
    return attempt;
  }
}
