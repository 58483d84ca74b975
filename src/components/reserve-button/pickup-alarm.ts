/**
 * Rings once a moment has passed: the reserve button stops saying "View your reservation" when
 * the pickup time is over on a page left open past it (reserve-dialog.ts).
 */

/** The longest wait `setTimeout` takes (about 24.8 days); a later moment waits in steps. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

export class Alarm {
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly ring: () => void) {}

  /** Rings at `at` (ms since the epoch) if it is still to come; `undefined` silences it. */
  set(at: number | undefined): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const wait = (at ?? NaN) - Date.now();
    if (!(wait > 0)) return;
    this.#timer = setTimeout(
      () => (wait > LONGEST_WAIT_MS ? this.set(at) : this.ring()),
      Math.min(wait, LONGEST_WAIT_MS),
    );
  }
}
