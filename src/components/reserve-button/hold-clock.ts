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
 * host every second, and stops when the host leaves the page.
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

  /** Follows `hold` (a new hold restarts the clock), or stops with `undefined`. */
  follow(hold: Hold | undefined): void {
    if (hold === this.hold) return;
    this.stop();
    this.hold = hold;
    if (!hold) return;
    this.countdown = new Countdown({
      expiresAt: Date.parse(hold.expiresAt),
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

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }
}

/** Whole minutes left until `expiresAt` (at least 1), for "held for 15 minutes". */
export function minutesLeft(expiresAt: string, now = Date.now()): number {
  return Math.max(1, Math.round((Date.parse(expiresAt) - now) / 60_000));
}
