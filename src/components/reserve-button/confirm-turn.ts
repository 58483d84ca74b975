/**
 * Confirms of one product take turns across the shop's open tabs (Web Locks, `navigator.locks`,
 * where the browser has them): a tab pressing "Confirm" while another tab's confirm of the same
 * product is on its way waits for that one's answer, then learns what it made before sending its
 * own (kept-reservation.ts), so two tabs confirming at once do not make two reservations. The
 * lock is held only while a confirm is on its way (a page holding one may not go in the
 * back/forward cache). A turn that waits longer than `WAIT_MS` (a tab stuck mid-confirm) goes
 * ahead without it, as a browser with no locks does.
 */

import { heard } from './kept-tabs.js';

/** Longest wait for another tab's confirm (several of its answer's deadlines). */
const WAIT_MS = 60_000;

/**
 * This page's turns that have ended but whose lock is not given back yet (the browser does that
 * a moment later): a retry, or another button of the page, waits for those, not for other tabs.
 * A turn still running (its confirm on its way) is waited for as another tab's would be, bounded.
 */
const releasing = new Map<string, Promise<unknown>>();

/**
 * Runs `run` in this tab's turn for `key` (an API and a SKU); `waited` says whether another
 * tab's confirm of it came first. Resolves as soon as `run` has.
 */
export async function confirmTurn<T>(
  key: string,
  run: (waited: boolean) => Promise<T>,
): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return run(false);
  const name = `aisle:confirm ${key}`;
  for (let mine; (mine = releasing.get(name));) await mine;
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waited = false;
  let ran = false;
  let held: Promise<unknown> | undefined;
  return new Promise<T>((resolve, reject) => {
    const go = () => {
      ran = true;
      clearTimeout(timer);
      const done = run(waited);
      done.then(resolve, reject);
      const ended = done.catch(() => undefined); // the lock is held until it ends
      void ended.then(() => {
        const lock = held!;
        releasing.set(name, lock);
        void lock.then(() => releasing.get(name) === lock && releasing.delete(name));
      });
      return ended;
    };
    // Waited too long, or locks refused here (a sandboxed frame): without one.
    const take = (options: LockOptions) =>
      (held = Promise.resolve()
        .then(() => locks.request(name, options, (lock) => lock && go()))
        .catch(() => (ran ? undefined : go())));
    void take({ ifAvailable: true }).then(() => {
      if (ran) return;
      waited = true;
      timer = setTimeout(() => stop.abort(), WAIT_MS);
      return take({ signal: stop.signal });
    });
  });
}

/** What a turn needs to know from the other tabs (kept-reservation.ts). */
export interface TurnTabs {
  /** Asks the other tabs what they keep of the product. */
  ask(): void;
  /** A reservation of the product is kept (told by another tab and read, or made here). */
  kept(): boolean;
}

/**
 * Runs `confirm` in this tab's turn for `key`, unless a reservation of the product is kept by
 * then: news of one another tab told is read first (a tab that confirmed a moment ago), and after
 * another confirm of it the other tabs are asked and their answer awaited (up to a second); one
 * they made is shown rather than made twice (`confirm` does not run, false).
 */
export function inTurn(
  key: string,
  tabs: TurnTabs,
  confirm: () => Promise<void>,
): Promise<boolean> {
  return confirmTurn(key, async (waited) => {
    if (waited) tabs.ask();
    await heard(tabs.kept, waited);
    if (tabs.kept()) return false;
    await confirm();
    return true;
  });
}
