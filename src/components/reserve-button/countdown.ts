/**
 * A countdown to a hold's `expiresAt`, driven by timers (so sinon's fake timers drive it in tests).
 * It ticks once a second for the visible clock, and announces only at sensible moments for screen
 * readers: when 5 min, 2 min, 1 min and 30 s are left, never every second.
 */
import { languageOf } from '../../i18n/locale.js';

/** Seconds left at which the countdown speaks, largest first. */
export const ANNOUNCE_AT_SECONDS = [300, 120, 60, 30] as const;

export interface CountdownOptions {
  /** Epoch milliseconds at which the hold expires. */
  expiresAt: number;
  /** Every second (and at start): milliseconds left, never negative. */
  onTick?(remainingMs: number): void;
  /** At each threshold crossed: the threshold in seconds (300, 120, 60, 30). */
  onAnnounce?(secondsLeft: number): void;
  /** Once, when the time is up. */
  onExpire?(): void;
  /** The clock (default `Date.now`, which fake timers replace, never behind the monotonic clock). */
  now?: () => number;
}

/**
 * "14:59", "0:05"; hours appear only past 60 minutes ("1:02:03"). In French "4\u00a0min 07\u00a0s"
 * ("1\u00a0h 02\u00a0min 03\u00a0s", the last minute "50\u00a0s"): there "4:47" reads as a time of day, next to "19 h 05".
 */
export function formatCountdown(remainingMs: number, locale = 'en'): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  if (languageOf(locale) === 'fr') {
    // The last minute in seconds only: "50 s", not "0 min 50 s".
    if (total < 60) return `${s}\u00a0s`;
    return `${h > 0 ? `${h}\u00a0h ` : ''}${mm}\u00a0min ${ss}\u00a0s`;
  }
  return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
}

export class Countdown {
  private timer?: ReturnType<typeof setTimeout>;
  /** Thresholds not yet announced. */
  private pending: number[] = [];
  private done = false;
  /** Both clocks when the countdown was made (see `now`). */
  private readonly since = { wall: Date.now(), mono: performance.now() };

  constructor(private readonly options: CountdownOptions) {}

  /**
   * The time gone by is the larger of the two clocks': a device clock set back mid-hold must not
   * add time the server does not give (the monotonic clock goes on), and the monotonic clock
   * stands still while some devices sleep (the wall clock goes on).
   */
  private now(): number {
    if (this.options.now) return this.options.now();
    const { wall, mono } = this.since;
    return wall + Math.max(Date.now() - wall, performance.now() - mono);
  }

  get remainingMs(): number {
    return Math.max(0, this.options.expiresAt - this.now());
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): this {
    this.stop();
    this.done = false;
    // Thresholds already behind us at start are not announced (the step itself says how long).
    const left = this.remainingMs / 1000;
    this.pending = ANNOUNCE_AT_SECONDS.filter((s) => s < left);
    this.step();
    return this;
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private step = (): void => {
    this.timer = undefined;
    if (this.done) return;
    const ms = this.remainingMs;
    this.options.onTick?.(ms);
    const crossed = this.pending.filter((s) => ms <= s * 1000);
    if (crossed.length) {
      this.pending = this.pending.filter((s) => ms > s * 1000);
      // After a long sleep several may be crossed at once: say only the latest.
      const latest = Math.min(...crossed);
      if (ms > 0) this.options.onAnnounce?.(latest);
    }
    if (ms <= 0) {
      this.done = true;
      this.options.onExpire?.();
      return;
    }
    // Wake at the next whole second of the remaining time (so the clock reads 4:59, 4:58…).
    const delay = ms % 1000 || 1000;
    this.timer = setTimeout(this.step, delay);
  };
}
