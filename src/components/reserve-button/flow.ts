/**
 * The reservation flow as a state machine, with no rendering: which step the shopper is on, the
 * hold and the reservation, and the guarantees that matter to the shop floor:
 * - one hold per click burst, one reservation per hold: every retry of the same thing reuses its
 *   `Idempotency-Key`, so an attempt that timed out after the server acted is replayed, not
 *   doubled (hold-confirm.ts and confirm-attempts.ts for confirms);
 * - a reservation the server made is never forgotten, so never made twice: a confirm left with no
 *   answer is asked again before its hold is released, a hold the server refuses to release
 *   as already confirmed shows the reservation it became, and while such a release gets no
 *   answer no new hold is sent (hold-release.ts);
 * - no stock kept for nothing: a hold that lands after the shopper left, or whose outcome is
 *   unknown when they move on, is given back (give-backs.ts); one still on its way when the page
 *   goes is given back by the next load (`onHoldAsked`, left-holds.ts).
 *
 * idle → store → holding → contact → confirming → confirmed (→ cancelled)
 *                   ↘ store (409 stock gone, with alternatives)   contact ↘ expired (clock or 410)
 */
import type { ConfirmRequest, HoldRequest } from '../../client/provider.js';
import { newIdempotencyKey } from '../../client/idempotency-key.js';
import type { Hold, Reservation } from '../../client/types.js';
import { cancelReservation } from './cancel-answer.js';
import { ConfirmAttempts } from './confirm-attempts.js';
import { GiveBacks, placeKey } from './give-backs.js';
import { HoldExtension } from './hold-extension.js';
import { HoldRelease } from './hold-release.js';
import { classifyError, outcomeUnknown, type FlowError } from './flow-errors.js';
import { HoldConfirm } from './hold-confirm.js';
import type { FlowHooks, FlowState, FlowStep, ReserveApi } from './flow-types.js';

export { classifyError, type FlowError, type FlowErrorReason } from './flow-errors.js';

export type { FlowHooks, FlowState, FlowStep, ReserveApi } from './flow-types.js';

export class ReserveFlow {
  private current: FlowState = { step: 'idle' };
  private holding?: Promise<void>;
  /** The round `holding` was sent in. */
  private holdingRound = 0;
  /** The current hold's confirm attempts (one key per set of details), made with the hold. */
  private attempts?: ConfirmAttempts;
  /** The current hold's request and key (see `held`). */
  private heldWith?: { request: HoldRequest; key: string };
  /** The API that made the hold (or its reservation): the page's `api` may have changed since. */
  private heldAt?: ReserveApi;
  /**
   * Holds the shopper gave up (the dialog closed, another store, a new start): the page is told
   * once the API took one back. Not a hold that expired, or one answered after the shopper left.
   */
  private readonly givenUp = new WeakSet<Hold>();
  /** Gives holds back, and keeps one that may be a reservation (hold-release.ts). */
  private readonly releases = new HoldRelease({
    settled: (hold) => {
      this.hooks.onHoldSettled?.(hold);
      if (this.givenUp.delete(hold)) this.hooks.onHoldReleased?.(hold);
    },
    recovered: (hold, reservation, request, api) => {
      this.releasePending(); // a newer hold the shopper started meanwhile
      this.round++;
      this.heldAt = api;
      this.set({ step: 'confirmed', ...(request ? { request } : {}), hold, reservation });
      this.hooks.onConfirmed?.(reservation);
    },
  });
  /** Holds being released: a new hold at the same place waits for them. */
  private readonly giveBacks = new GiveBacks((request, key) =>
    this.hooks.onHoldAnswered?.(request, key),
  );
  /** Bumped whenever the shopper leaves the flow: late answers for older rounds are dropped. */
  private round = 0;
  /** The confirm in flight, and what a close or the clock meanwhile does to it (hold-confirm.ts). */
  private readonly confirmer = new HoldConfirm({
    state: () => this.current,
    round: () => this.round,
    api: () => this.client(),
    hooks: () => this.hooks,
    set: (next) => this.set(next),
    fail: (error, next) => this.fail(error, next),
    release: (hold, attempts, request, givenUp) => {
      if (givenUp) this.givenUp.add(hold);
      void this.releases.release(hold, this.client(), attempts, request);
    },
    expire: () => this.expire(),
  });
  /** "More time" on the hold: its request in flight, and whether it is still offered. */
  private readonly extension = new HoldExtension({
    state: () => this.current,
    round: () => this.round,
    api: () => this.client(),
    newKey: () => this.newKey(),
    extended: (hold) => {
      this.set({ step: 'contact', request: this.current.request, hold });
      this.hooks.onHoldExtended?.(hold);
    },
    failed: (failure) => this.fail(failure, { ...this.current, step: 'contact' }),
    gone: () => this.expire(),
    changed: () => this.hooks.onChange?.(this.current),
  });

  constructor(
    private readonly api: () => ReserveApi,
    private readonly hooks: FlowHooks = {},
    private readonly newKey: () => string = newIdempotencyKey,
  ) {}

  get state(): Readonly<FlowState> {
    return this.current;
  }

  get step(): FlowStep {
    return this.current.step;
  }

  /** A hold that is live on the server, with no confirm in flight (released on close). */
  get pendingHold(): Hold | undefined {
    const { step, hold } = this.current;
    return hold && step === 'contact' ? hold : undefined;
  }

  private set(next: FlowState): void {
    // Idle, nothing is held or shown: the page's API again (releases were sent before).
    if (next.step === 'idle') this.heldAt = undefined;
    this.current = next;
    this.hooks.onChange?.(next);
  }

  private fail(error: FlowError, next: Omit<FlowState, 'error'>): void {
    this.set({ ...next, error });
    this.hooks.onError?.(error);
  }

  /** Opens the flow on the store step (or keeps a confirmation on screen). */
  open(): void {
    this.confirmer.resume();
    if (this.current.step === 'idle' || this.current.step === 'cancelled') {
      this.set({ step: 'store', request: this.current.request });
    }
  }

  /** The API that made the flow's hold or reservation (see `heldAt`); none when idle. */
  get at(): ReserveApi | undefined {
    return this.heldAt;
  }

  /** Shows a reservation read from `api` (after a reload, or made by another button). */
  restore(reservation: Reservation, api: ReserveApi): void {
    this.heldAt = api;
    this.set({ step: reservation.status === 'cancelled' ? 'cancelled' : 'confirmed', reservation });
  }

  /**
   * Holds stock. Calls made while a hold is in flight (a double click) join it: one hold per
   * burst. Each new attempt gets a new idempotency key, except a retry of the same request after
   * an attempt whose outcome is unknown (timeout, network, unreadable answer), which replays it.
   */
  hold(request: HoldRequest): Promise<void> {
    if (this.holding && this.holdingRound === this.round) return this.holding;
    const { step } = this.current;
    if (step !== 'store' && step !== 'expired') return Promise.resolve();
    const round = this.round;
    // Sent to the page's API: what is kept of it (asked, answered) goes under that API too.
    const api = (this.heldAt = this.api());
    // A hold sent before the shopper closed and reopened the dialog: it is given back as it
    // lands, and this one waits for that (or both would count against the stock).
    const earlier = this.holding;
    const replayed = this.giveBacks.replayKey(request, api);
    const replay = replayed !== undefined;
    const key = replayed ?? this.newKey();
    this.set({ step: 'holding', request });
    // A hold being given back at this store still counts against its stock until released:
    // wait for it (bounded by the client's timeout), or the new hold could get a false 409. If
    // the shopper leaves meanwhile, the hold is not sent at all.
    const send = () => {
      this.hooks.onHoldAsked?.(request, key);
      return api.createHold(request, { idempotencyKey: key });
    };
    const answered = () => this.hooks.onHoldAnswered?.(request, key);
    const place = placeKey(request);
    const giveBack = earlier
      ? earlier.then(() => this.giveBacks.at(place))
      : this.giveBacks.at(place);
    // A confirm of an earlier hold may have made the reservation: asked again first. Made, it
    // shows and nothing is held; still no answer, nothing is held either (never a second one).
    const left = this.releases.unsettled;
    const before = left
      ? Promise.all([
          giveBack,
          this.releases.release(left.hold, left.api, left.attempts, left.request),
        ])
      : giveBack;
    const sent = before
      ? before.then(() => {
          if (round !== this.round) return undefined;
          if (this.releases.unsettled) throw this.releases.unsettled;
          return send();
        })
      : send();
    const attempt = sent
      .then(
        (hold) => {
          if (!hold) return;
          answered();
          if (round !== this.round) {
            // The shopper left while we waited: give the stock back.
            this.giveBacks.track(place, () => this.releases.release(hold, api));
            return;
          }
          this.attempts = new ConfirmAttempts(hold, this.newKey);
          this.heldWith = { request, key };
          this.heldAt = api;
          this.set({ step: 'contact', request, hold, ...(replay ? { replayed: true } : {}) });
          this.hooks.onHoldCreated?.(hold);
        },
        (error: unknown) => {
          if (error === this.releases.unsettled) {
            if (round === this.round) this.failUnsettled({ step: 'store', request });
            return;
          }
          const named = (error as { holdId?: string } | null)?.holdId;
          if (named) {
            // An answer that is not the hold asked for, but names one: give that one back now
            // (a new attempt gets a new key, or the server would replay the same answer).
            this.giveBacks.track(place, () => api.releaseHold(named));
            answered();
          } else if (outcomeUnknown(error)) {
            this.giveBacks.unanswered({ request, key, api });
            // The shopper already left: nobody will retry it, give it back now.
            if (round !== this.round) this.giveBacks.settleUnknown();
          } else answered();
          if (round !== this.round) return;
          this.fail(classifyError('hold', error), { step: 'store', request });
        },
      )
      .finally(() => {
        if (this.holding === attempt) this.holding = undefined;
      });
    this.holding = attempt;
    this.holdingRound = round;
    return attempt;
  }

  /** "More time" on the contact step: offered, or 'busy' while asked (hold-extension.ts). */
  get moreTime(): 'offer' | 'busy' | undefined {
    return this.extension.offered;
  }

  /** Asks for more time on the hold (hold-extension.ts). */
  extend(): Promise<void> {
    return this.extension.extend();
  }

  /**
   * Confirms the hold. A retry of the same details (after a network failure) reuses its
   * idempotency key, so the server replays its first answer: never two reservations for one hold.
   */
  confirm(request: ConfirmRequest): Promise<void> {
    const confirming = this.confirmer.pending;
    if (confirming) return confirming;
    // More time being asked for: its answer first (the hold's end may change).
    const extending = this.extension.pending;
    if (extending) return extending.then(() => this.confirm(request));
    return this.confirmer.confirm(request, this.attempts);
  }

  /**
   * The hold's clock ran out (the countdown calls this). A confirm in flight decides instead.
   * The hold is released too: the server may not have let it go yet (clocks differ), and "hold
   * it again" must not find its own old hold still counting against the stock.
   */
  expire(): void {
    const { step, hold, request } = this.current;
    if (step === 'confirming') this.confirmer.lapse();
    if (step !== 'contact' || !hold) return;
    // "More time" on its way: its answer decides (a new end, or the hold goes then).
    const extending = this.extension.pending;
    if (extending) return void extending.then(() => this.current.hold === hold && this.expire());
    this.confirmer.lapse(false);
    const attempts = this.attempts;
    this.set({ step: 'expired', request, hold, ...(attempts?.sent && { checking: true }) });
    const api = this.client();
    // Told once the release has answered: a hold that a lost confirm answer had made a
    // reservation did not expire (the reservation shows instead).
    const expired = (recovered?: boolean) => {
      if (recovered) return;
      this.hooks.onHoldExpired?.(hold);
      const { step, hold: now, checking } = this.current;
      if (step !== 'expired' || now !== hold) return;
      // Its confirm may have made a reservation: not "released", and a new hold asks first.
      if (this.releases.unsettled?.hold === hold) this.failUnsettled({ step, request, hold });
      else if (checking) this.set({ step, request, hold }); // released: now said so
    };
    if (request)
      this.giveBacks.track(placeKey(request), () =>
        this.releases.release(hold, api, attempts, request).then(expired),
      );
    else expired();
  }

  /**
   * From `expired` or a failed hold: hold the same thing again, with a new key. Not a slot that
   * `passed` says can no longer be kept (the tab slept past it): back to the store step, nothing
   * sent, and 'slot passed' returned, as "Hold it" does there.
   */
  retryHold(passed?: (request: HoldRequest) => boolean): Promise<void> | 'slot passed' {
    const request = this.current.request;
    if (!request) return Promise.resolve();
    if (request.slotId && passed?.(request)) {
      this.set({ step: 'store', request });
      return 'slot passed';
    }
    if (this.current.step !== 'expired') this.set({ step: 'store', request });
    return this.hold(request);
  }

  /**
   * Back to the store step (e.g. to pick one of the alternatives). Releases a pending hold. Not
   * while a confirm is in flight: its answer decides (the reservation may be made).
   */
  chooseAgain(): void {
    if (this.current.step === 'confirming') return;
    this.releasePending();
    this.heldAt = undefined;
    this.round++;
    this.set({ step: 'store', request: this.current.request });
  }

  /**
   * The shopper closed the dialog: a hold that was not confirmed is released, and answers still
   * in flight are dropped (a hold that arrives later is released as it lands).
   */
  close(): void {
    if (this.current.step === 'confirming') {
      // The server may be committing: let the answer land (a reopen shows the confirmation).
      this.confirmer.abandon();
      return;
    }
    this.releasePending();
    this.giveBacks.settleUnknown();
    this.round++;
    const { step, reservation, request } = this.current;
    if (step === 'confirmed' && reservation) return; // keep the confirmation for a reopen
    this.set({ step: 'idle', request });
  }

  /** The pending hold with its request and the key it was asked under (a replay names it again). */
  get held(): { request: HoldRequest; key: string } | undefined {
    return this.pendingHold && this.heldWith;
  }

  /** The page is going away: try to release the hold with a request that outlives the page. */
  releaseOnPageHide(): void {
    const hold = this.pendingHold;
    if (hold)
      this.client()
        .releaseHold(hold.id, { keepalive: true })
        .catch(() => undefined);
  }

  /** Cancels the confirmed reservation (see cancel-answer.ts). */
  async cancel(): Promise<void> {
    const { step, reservation } = this.current;
    if (step !== 'confirmed' || !reservation) return;
    const { reservation: now, failure } = await cancelReservation(this.client(), reservation);
    const next = now.status === 'cancelled' ? 'cancelled' : 'confirmed';
    // The flow moved on meanwhile: only a cancellation is still told (it forgets the reservation).
    if (this.current.reservation !== reservation) {
      if (!failure) this.hooks.onCancelled?.(now);
    } else if (failure) this.fail(failure, { step: next, reservation: now });
    else {
      this.set({ step: next, reservation: now });
      this.hooks.onCancelled?.(now);
    }
  }

  /**
   * Starts over: on the store step after a confirmation or a cancellation, or idle when the
   * button now stands for another product. Not while a confirm is in flight: its answer decides.
   */
  reset(step: 'store' | 'idle' = 'store'): void {
    if (this.current.step === 'confirming') return;
    this.releasePending();
    this.giveBacks.settleUnknown();
    this.heldAt = undefined;
    this.round++;
    this.set({ step });
  }

  /**
   * Gives back a hold asked for with `key` before a reload whose answer never came: the request
   * is replayed with its key at the page's API and the hold it names released (give-backs.ts).
   */
  giveBack(request: HoldRequest, key: string): void {
    this.giveBacks.replayAndRelease(this.api(), request, key);
  }

  /** Says that a confirm's outcome could not be learnt (the kept reservation's check failed). */
  private failUnsettled(next: Omit<FlowState, 'error'>): void {
    this.fail(classifyError('confirm', this.releases.unsettled?.error), next);
  }

  /**
   * Where the hold's confirm, more time, release and cancellation go: the API that made it (see
   * `heldAt`; another would answer 404 and the stock would stay held); else the page's.
   */
  private client(): ReserveApi {
    return this.heldAt ?? this.api();
  }

  private releasePending(): void {
    const hold = this.pendingHold;
    if (!hold) return;
    this.givenUp.add(hold);
    void this.releases.release(hold, this.client(), this.attempts, this.current.request);
  }
}
