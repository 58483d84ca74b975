/**
 * Holds being given back (released), by product and store: a new hold there waits for them, so
 * the two do not count against the stock together. Failures are ignored: the server lets a hold
 * expire after its `holdMinutes` anyway.
 */
import type { HoldRequest, MutationOptions } from '../../client/provider.js';
import type { Hold } from '../../client/types.js';
import { outcomeUnknown } from './flow-errors.js';

/** What giving a hold back needs from the API client. */
export interface GiveBackApi {
  createHold(request: HoldRequest, options: MutationOptions): Promise<Hold>;
  releaseHold(holdId: string): Promise<void>;
}

/** A product at a store: holds there share its stock. */
export function placeKey(request: HoldRequest): string {
  return `${request.sku}\n${request.storeId}`;
}

/** The same hold asked for: same product, store, quantity and slot. */
export function sameHold(a: HoldRequest, b: HoldRequest): boolean {
  return placeKey(a) === placeKey(b) && a.quantity === b.quantity && a.slotId === b.slotId;
}

/** A hold asked for whose answer never came (or could not be read): the server may hold it. */
export interface UnknownHold {
  request: HoldRequest;
  key: string;
  /** The API it was asked at. */
  api: GiveBackApi;
}

export class GiveBacks {
  private readonly settling = new Map<string, Promise<void>>();
  /**
   * The hold attempt whose outcome is unknown: retrying the same request reuses its key, so the
   * server replays that hold instead of holding the stock a second time.
   */
  private unknown?: UnknownHold;

  /** `answered`: the outcome of the hold asked for with `key` is known now (given back). */
  constructor(private readonly answered: (request: HoldRequest, key: string) => void) {}

  /** A hold attempt got no answer: kept, to be replayed by a retry or given back. */
  unanswered(hold: UnknownHold): void {
    this.unknown = hold;
  }

  /**
   * The key a retry of `request` at `api` replays: the unanswered attempt's, when it asked that
   * API for the same hold. Any other unanswered attempt is given back (another store, quantity
   * or API).
   */
  replayKey(request: HoldRequest, api: GiveBackApi): string | undefined {
    const unknown = this.unknown;
    if (unknown?.api === api && sameHold(unknown.request, request)) {
      this.unknown = undefined;
      return unknown.key;
    }
    this.settleUnknown();
    return undefined;
  }

  /** Gives back the unanswered attempt, once the shopper will not retry it. */
  settleUnknown(): void {
    const unknown = this.unknown;
    this.unknown = undefined;
    if (unknown) this.replayAndRelease(unknown.api, unknown.request, unknown.key);
  }

  /** The give-backs in flight at `place`, which a new hold there waits for. */
  at(place: string): Promise<void> | undefined {
    return this.settling.get(place);
  }

  /**
   * Gives back a hold whose outcome is unknown: the same request with the same key makes the
   * server replay that hold (or make it now, if the first attempt never arrived), and the hold it
   * names is released. If this fails too, the server lets it expire after its `holdMinutes`.
   * `answered` is told once the outcome is known: released, or a definite answer (refused,
   * gone), not when there was no answer again.
   */
  replayAndRelease(api: GiveBackApi, request: HoldRequest, key: string): void {
    const settled = () => this.answered(request, key);
    this.track(placeKey(request), () =>
      api
        .createHold(request, { idempotencyKey: key })
        .then((hold) => api.releaseHold(hold.id))
        .then(settled, (error: unknown) => {
          if (!outcomeUnknown(error)) settled();
        }),
    );
  }

  /** Runs a give-back at `place` after the ones already in flight there. */
  track(place: string, giveBack: () => Promise<unknown>): void {
    const previous = this.settling.get(place);
    const done: Promise<void> = (previous ? previous.then(giveBack) : giveBack())
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.settling.get(place) === done) this.settling.delete(place);
      });
    this.settling.set(place, done);
  }
}
