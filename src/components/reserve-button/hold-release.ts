/**
 * Giving a hold back, for the reservation flow (flow.ts). The server refuses
 * ("hold_already_confirmed") when a confirm whose answer was lost made it a reservation: that
 * reservation is fetched back by replaying the confirm attempts, and shown, so it is neither lost
 * nor made twice. A release with no answer (a network failure, a timeout, a 5xx) after a confirm
 * was sent leaves the hold unsettled: it may be a reservation, and the flow holds nothing new
 * until a release answers (or the reservation is found). One with no answer and no confirm sent
 * is asked again when the browser is back online, and after a pause (a 5xx or a timeout while
 * online: 5 s, then 30 s), not past the hold's own end. Other failures are ignored: the server
 * lets a hold expire after its `holdMinutes`.
 */
import type { HoldRequest } from '../../client/provider.js';
import type { Hold, Reservation } from '../../client/types.js';
import type { ConfirmAttempts } from './confirm-attempts.js';
import { codeOf, outcomeUnknown } from './flow-errors.js';
import type { ReserveApi } from './flow-types.js';

/** A hold that may have become a reservation, and the error that left it unknown. */
export interface Unsettled {
  hold: Hold;
  /** The API that holds it. */
  api: ReserveApi;
  attempts: ConfirmAttempts;
  request: HoldRequest | undefined;
  error: unknown;
}

/** What releasing needs from the flow. */
export interface ReleaseFlow {
  /** Released: the hold is known not to be a reservation. */
  settled(hold: Hold): void;
  /** A lost confirm's reservation, read back from `api`: the flow shows it. */
  recovered(
    hold: Hold,
    reservation: Reservation,
    request: HoldRequest | undefined,
    api: ReserveApi,
  ): void;
}

/** The pauses before a release with no answer is asked again while online. */
const PAUSES_MS = [5_000, 30_000];

export class HoldRelease {
  /** The last hold a confirm was sent for whose release got no answer. */
  unsettled?: Unsettled;
  /** Holds whose release got no answer, to be asked again (see `askAgain`). */
  readonly #again = new Set<string>();

  constructor(private readonly flow: ReleaseFlow) {}

  /**
   * Gives `hold` back at `api`, the API that holds it; true when a lost confirm's reservation was
   * found instead. `tries`: how many times a release with no answer was asked again before.
   */
  release(
    hold: Hold,
    api: ReserveApi,
    attempts?: ConfirmAttempts,
    request?: HoldRequest,
    tries = 0,
  ): Promise<boolean> {
    const settled = () => {
      if (this.unsettled?.hold === hold) this.unsettled = undefined;
    };
    return api.releaseHold(hold.id).then(
      () => {
        settled();
        this.flow.settled(hold);
        return false;
      },
      async (error: unknown) => {
        if (attempts?.sent && outcomeUnknown(error)) {
          this.unsettled = { hold, api, attempts, request, error };
          return false;
        }
        settled();
        // No answer (offline, a 5xx, a timeout), and no confirm was sent: asked again, or the
        // shopper's next hold there would compete with this one for the stock until it expires.
        if (outcomeUnknown(error)) this.askAgain(hold, api, tries);
        if (!attempts || codeOf(error) !== 'hold_already_confirmed') return false;
        const reservation = await attempts.recover(api);
        // Confirmed, says the API, but it gives no reservation back: never "released", and no
        // new hold until a release answers otherwise (a reload then offers another reservation).
        if (!reservation) this.unsettled = { hold, api, attempts, request, error };
        if (!reservation) return false;
        this.flow.recovered(hold, reservation, request, api);
        return true;
      },
    );
  }

  /**
   * Asks a release with no answer again: when the browser is back online, or after a pause
   * (`PAUSES_MS`; a 5xx, a timeout, a network back without an `online` event), whichever comes
   * first; no pause once they are used up, or past the hold's end (it is free then anyway).
   */
  private askAgain(hold: Hold, api: ReserveApi, tries: number): void {
    if (this.#again.has(hold.id)) return;
    this.#again.add(hold.id);
    const pause = PAUSES_MS[tries];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const again = () => {
      removeEventListener('online', again);
      clearTimeout(timer);
      this.#again.delete(hold.id);
      void this.release(hold, api, undefined, undefined, tries + 1);
    };
    addEventListener('online', again, { once: true });
    if (pause !== undefined && Date.parse(hold.expiresAt) - Date.now() > pause)
      timer = setTimeout(again, pause);
  }
}
