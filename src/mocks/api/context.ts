/** What every route gets: the state, and the request already counted, faulted and checked. */
import type { MockState } from './state.js';

export interface RouteContext {
  state: MockState;
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** `Accept-Language`, for problem titles. */
  lang: string | null;
  /** `Date.now()` when the request was handled. */
  now: number;
  /** The `emptyStores` scenario applies to this request. */
  emptyStores: boolean;
}

export type Route = (ctx: RouteContext) => Response | Promise<Response>;
