import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Hold } from '../../client/types.js';
import { Countdown } from './countdown.js';

export interface HoldClockOptions {
  /** A threshold was crossed (seconds left: 300, 120, 60, 30). */
  onAnnounce(secondsLeft: number): void;
  /** The hold's time is up. */
  onExpire(): void;
}

/**
 * The live countdown of the hold an element shows: follows one hold at a time, re-renders the
 * host every second, pauses while the host is off the page and goes on when a move brings it
 * back (a removal ends the flow, which stops it).
 */
export class HoldClock implements ReactiveController {
  /** Milliseconds left on the hold being followed. */
  remainingMs = 0;
  private hold?: Hold;
  private countdown?: Countdown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HoldClockOptions,
  ) {
    host.addController(this);
  }

  /**
   * Follows `hold` (a new hold restarts the clock), or stops with `undefined`. `holdMinutes`
   * (the store's) guards against a device clock that is off, and `replayed` says the hold began
   * before this answer: see `localDeadline`.
   */
  follow(hold: Hold | undefined, holdMinutes?: number, replayed?: boolean): void {
    if (hold === this.hold) return;
    this.stop();
    this.hold = hold;
    if (!hold) return;
    const deadline = localDeadline(hold, Date.now(), holdMinutes, replayed);
    this.remainingMs = Math.max(0, deadline - Date.now());
    this.countdown = new Countdown({
      expiresAt: deadline,
      onTick: (ms) => {
        this.remainingMs = ms;
        this.host.requestUpdate();
      },
      onAnnounce: (s) => this.options.onAnnounce(s),
      onExpire: () => this.options.onExpire(),
    }).start();
  }

  stop(): void {
    this.countdown?.stop();
    this.countdown = undefined;
    this.hold = undefined;
  }

  hostConnected(): void {
    this.countdown?.start();
  }

  hostDisconnected(): void {
    this.countdown?.stop();
  }
}

/**
 * Where a hold ends on this device's clock. When the answer said what time the server's clock
 * read (`clockOffsetMs`, from its `Date` header), the server's `expiresAt` converted to this
 * device's clock: a hold the server made shorter ends when the server ends it, whatever this
 * device's clock says. It is kept when it lies ahead and no later than the store's `holdMinutes`
 * allow (a minute's slack). Otherwise (no readable `Date`, or an answer that does not add up), a
 * hold made (or given more time) just now ends `holdMinutes` from its arrival, as the contract
 * says: `expiresAt` is on the server's clock, and a device clock minutes fast would cut the
 * shopper's time (and release the stock early). A replay of an earlier attempt (`replayed`) began
 * earlier: its `expiresAt` is kept when, on arrival, it lies ahead and within `holdMinutes`, else
 * `holdMinutes` from the arrival. Without `holdMinutes`, the server's time.
 */
export function localDeadline(
  hold: Pick<Hold, 'expiresAt' | 'clockOffsetMs'>,
  arrivedAt: number,
  holdMinutes?: number,
  replayed = false,
): number {
  const server = Date.parse(hold.expiresAt);
  const known = holdMinutes !== undefined && holdMinutes > 0;
  const expected = known ? arrivedAt + holdMinutes * 60_000 : Infinity;
  const fits = (at: number) => at > arrivedAt && at <= expected + 60_000;
  // `Date` counts whole seconds: the server's clock read up to a second more than it says.
  const onServerClock = server - (hold.clockOffsetMs ?? NaN) - 1000;
  if (fits(onServerClock)) return onServerClock;
  if (!known) return server;
  return replayed && fits(server) ? server : expected;
}

/** Whole minutes in `ms` (at least 1), for "held for 15 minutes". */
export function wholeMinutes(ms: number): number {
  return Math.max(1, Math.round(ms / 60_000));
}
