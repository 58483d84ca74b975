/**
 * The shopper leaves the page with a hold. For good (a link, a reload, the tab closed): the hold
 * is released with a request that outlives the page. Into the back/forward cache (`pagehide` with
 * `persisted`), the page may come back with "Back", its countdown still running: the hold is kept
 * for it, and left for the tab's next load to give back (left-holds.ts) should the browser drop
 * the cached page instead. Back (`pageshow` with `persisted`), the hold is the page's own again,
 * unless a page opened meanwhile gave it back: then it has ended, as if expired.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HoldRequest } from '../../client/provider.js';
import type { ReserveFlow } from './flow.js';
import { LEFT_HOLD_MAX_AGE_MS } from './left-holds.js';

const EVENTS = ['pagehide', 'pageshow'] as const;

export interface PageLeaveHooks {
  /** Keep `key` for a later load to give back (left-holds.ts `LeftHolds.asked`). */
  leave(request: HoldRequest, key: string): void;
  /** Nothing to give back for `key` (`LeftHolds.answered`). */
  back(request: HoldRequest, key: string): void;
  /** Whether `key` is still left for a later load to give back (`LeftHolds.isLeft`). */
  isLeft(request: HoldRequest, key: string): boolean;
}

export class PageLeave implements ReactiveController {
  /** What was left on the way into the cache, and whether it was kept for a later load. */
  private left?: { request: HoldRequest; key: string; kept: boolean; at: number };

  constructor(
    host: ReactiveControllerHost,
    private readonly flow: ReserveFlow,
    private readonly hooks: PageLeaveHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of EVENTS) addEventListener(type, this.on);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) removeEventListener(type, this.on);
  }

  private readonly on = ({ type, persisted }: PageTransitionEvent): void => {
    const { held } = this.flow;
    if (type === 'pagehide' && persisted && held) {
      this.hooks.leave(held.request, held.key);
      this.left = { ...held, kept: this.hooks.isLeft(held.request, held.key), at: Date.now() };
    } else if (type === 'pagehide') this.flow.releaseOnPageHide();
    else if (persisted && this.left) {
      const { request, key, kept, at } = this.left;
      // A page the tab opened meanwhile gave it back (for that SKU, left-holds.ts): the hold is
      // gone, and says so ("Hold it again"), rather than counting down to a confirm refused. Not
      // after the record's hour, when left-holds.ts drops it unread (a long hold, a clock jump).
      const given =
        kept && Date.now() - at < LEFT_HOLD_MAX_AGE_MS && !this.hooks.isLeft(request, key);
      this.hooks.back(request, key);
      this.left = undefined;
      if (given) this.flow.expire();
    }
  };
}
