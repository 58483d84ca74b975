/**
 * The shopper leaves the page with a hold. For good (a link, a reload, the tab closed): the hold
 * is released with a request that outlives the page. Into the back/forward cache (`pagehide` with
 * `persisted`), the page may come back with "Back", its countdown still running: the hold is kept
 * for it, and left for the tab's next load to give back (left-holds.ts) should the browser drop
 * the cached page instead. Back (`pageshow` with `persisted`), the hold is the page's own again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HoldRequest } from '../../client/provider.js';
import type { ReserveFlow } from './flow.js';

const EVENTS = ['pagehide', 'pageshow'] as const;

export interface PageLeaveHooks {
  /** Keep `key` for a later load to give back (KeptReservation `holdAsked`). */
  leave(request: HoldRequest, key: string): void;
  /** Nothing to give back for `key` (KeptReservation `holdAnswered`). */
  back(request: HoldRequest, key: string): void;
}

export class PageLeave implements ReactiveController {
  /** What was left on the way into the cache. */
  private left?: { request: HoldRequest; key: string };

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
      this.left = held;
      this.hooks.leave(held.request, held.key);
    } else if (type === 'pagehide') this.flow.releaseOnPageHide();
    else if (persisted && this.left) {
      this.hooks.back(this.left.request, this.left.key);
      this.left = undefined;
    }
  };
}
