/**
 * Confirming the hold, for the reservation flow (flow.ts): one confirm at a time (a second press
 * joins it), each retry of the same details under the same `Idempotency-Key` (confirm-attempts.ts),
 * so the server replays its first answer: never two reservations for one hold. Closed meanwhile,
 * the answer still lands: made, it shows on the next opening; failed, the hold is given back.
 * The hold's clock running out meanwhile lets the answer decide: a failed confirm then expires it.
 */
import type { ConfirmRequest, HoldRequest } from '../../client/provider.js';
import type { Hold } from '../../client/types.js';
import type { ConfirmAttempts } from './confirm-attempts.js';
import { classifyError, codeOf, outcomeUnknown, type FlowError } from './flow-errors.js';
import type { FlowHooks, FlowState, ReserveApi } from './flow-types.js';

/** What confirming needs from the flow. */
export interface ConfirmFlow {
  state(): Readonly<FlowState>;
  /** Bumped when the shopper leaves the flow: a late answer for an older round is dropped. */
  round(): number;
  api(): ReserveApi;
  hooks(): FlowHooks;
  set(next: FlowState): void;
  fail(error: FlowError, next: Omit<FlowState, 'error'>): void;
  /**
   * Gives the hold back (asking first whether its confirm made a reservation); `givenUp`: for
   * something else the shopper has (the page hears when it is back: `aisle-hold-released`).
   */
  release(hold: Hold, attempts: ConfirmAttempts, request?: HoldRequest, givenUp?: boolean): void;
  /** The hold ran out: it expires now. */
  expire(): void;
}

export class HoldConfirm {
  private confirming?: Promise<void>;
  /** The dialog was closed while a confirm was in flight: its answer still lands. */
  private abandoned = false;
  /** The hold's clock ran out while a confirm was in flight: a failed confirm expires it. */
  private lapsed = false;

  constructor(private readonly flow: ConfirmFlow) {}

  /** The confirm in flight, if any. */
  get pending(): Promise<void> | undefined {
    return this.confirming;
  }

  /** The shopper closed the dialog mid-confirm: nobody will press "try again". */
  abandon(): void {
    this.abandoned = true;
  }

  /** The dialog is open again: a confirm's outcome is shown there. */
  resume(): void {
    this.abandoned = false;
  }

  /** The hold's clock ran out mid-confirm (or, `false`, that is no longer news). */
  lapse(lapsed = true): void {
    this.lapsed = lapsed;
  }

  /** Confirms the hold on the contact step with the current hold's `attempts`. */
  confirm(request: ConfirmRequest, attempts: ConfirmAttempts | undefined): Promise<void> {
    if (this.confirming) return this.confirming;
    const { flow } = this;
    const { step, hold } = flow.state();
    if (step !== 'contact' || !hold || !attempts) return Promise.resolve();
    const round = flow.round();
    const base = { request: flow.state().request, hold };
    this.lapsed = false;
    flow.set({ step: 'confirming', ...base });
    flow.hooks().onConfirming?.(hold);
    const send = () => attempts.send(flow.api(), request);
    // Answered: a press of "Confirm" from now on is a new confirm (its turn comes after this one).
    const answered = () => {
      if (this.confirming === attempt) this.confirming = undefined;
    };
    const confirm = () =>
      send()
        .catch((error: unknown) => {
          // Closed mid-confirm with no answer: nobody will press "try again", so ask once more
          // (same key) to learn whether the reservation was made before giving the hold back.
          if (this.abandoned && round === flow.round() && outcomeUnknown(error)) return send();
          throw error;
        })
        .finally(answered)
        .then(
          (reservation) => {
            if (round !== flow.round()) return;
            this.abandoned = false;
            flow.set({ step: 'confirmed', ...base, reservation });
            flow.hooks().onConfirmed?.(reservation);
          },
          (error: unknown) => {
            if (round !== flow.round()) return;
            if (this.abandoned) {
              // Closed mid-confirm and the confirm failed: nobody will retry, free the stock.
              this.abandoned = false;
              // Released first, at the hold's API (idle, the flow is the page's again).
              flow.release(hold, attempts, base.request);
              flow.set({ step: 'idle', request: base.request });
              // Refused: no reservation (one with no answer may still be: the release tells).
              if (!outcomeUnknown(error) && codeOf(error) !== 'hold_already_confirmed') {
                flow.hooks().onRefusedClosed?.(classifyError('confirm', error));
              }
              return;
            }
            const failure = classifyError('confirm', error);
            // Refused (not unanswered, not "already confirmed"): no reservation came of it.
            if (!outcomeUnknown(error) && codeOf(error) !== 'hold_already_confirmed') {
              flow.hooks().onHoldSettled?.(hold);
            }
            if (failure.reason === 'hold_expired') {
              flow.fail(failure, { step: 'expired', ...base });
            } else {
              // Network or server trouble: stay on the form, keep the key for the retry; unless
              // the hold ran out meanwhile, when it expires now (released, or found confirmed).
              flow.fail(failure, { step: 'contact', ...base });
              if (this.lapsed) flow.expire();
            }
          },
        );
    // In this tab's turn for the product: another tab's reservation of it kept by then shows
    // instead of a second one (confirm-turn.ts), and the hold is given back, unconfirmed.
    const turn = flow.hooks().confirmTurn?.(hold, confirm) ?? confirm().then(() => true);
    const attempt: Promise<void> = turn
      .then((sent) => {
        if (!sent) this.gaveWay(round, attempts, base);
      })
      .finally(answered);
    this.confirming = attempt;
    return attempt;
  }

  /**
   * The confirm gave way to another tab's reservation of the product, kept now: the hold, never
   * confirmed this time, is given back (asking first, had an earlier attempt no answer), and that
   * reservation shows (`onGaveWay`), in the dialog or from the button.
   */
  private gaveWay(
    round: number,
    attempts: ConfirmAttempts,
    { hold, request }: { hold: Hold; request?: HoldRequest },
  ): void {
    const { flow } = this;
    flow.release(hold, attempts, request, true);
    if (round !== flow.round()) return;
    this.abandoned = false;
    flow.set({ step: 'idle', request });
    flow.hooks().onGaveWay?.();
  }
}
