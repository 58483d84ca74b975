/**
 * Holds being given back (released), by product and store: a new hold there waits for them, so
 * the two do not count against the stock together. Failures are ignored: the server lets a hold
 * expire after its `holdMinutes` anyway.
 */
import type { HoldRequest } from '../../client/provider.js';

/** A product at a store: holds there share its stock. */
export function placeKey(request: HoldRequest): string {
  return `${request.sku}\n${request.storeId}`;
}

export class GiveBacks {
  private readonly settling = new Map<string, Promise<void>>();

  /** The give-backs in flight at `place`, which a new hold there waits for. */
  at(place: string): Promise<void> | undefined {
    return this.settling.get(place);
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
