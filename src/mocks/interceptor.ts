import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { getResponse, type RequestHandler } from 'msw';

export interface InterceptorOptions {
  /**
   * Called for a request no handler answers. Return a Response to answer it, or nothing to let
   * it fail as a network error (the default: the mock never leaks requests to the real network).
   */
  onUnhandled?: (request: Request) => Response | void;
  /** Sees every request before it is answered (tests count requests with it). */
  onRequest?: (request: Request) => void;
}

/**
 * Serves MSW handlers by patching `fetch` in this page: no service worker, no file at the site
 * root, so it works on any page (CMS previews, `<aisle-config mock>`, tests).
 * Returns a function that restores the real `fetch`.
 */
export function startFetchMock(
  handlers: RequestHandler[] | (() => RequestHandler[]),
  options: InterceptorOptions = {},
): () => void {
  const interceptor = new FetchInterceptor();
  interceptor.on('request', async ({ request, controller }) => {
    options.onRequest?.(request.clone());
    const list = typeof handlers === 'function' ? handlers() : handlers;
    const response = await getResponse(list, request);
    if (response) {
      controller.respondWith(response);
      return;
    }
    const fallback = options.onUnhandled?.(request);
    if (fallback) controller.respondWith(fallback);
    else
      controller.errorWith(new TypeError(`No mock handler for ${request.method} ${request.url}`));
  });
  interceptor.apply();
  return () => interceptor.dispose();
}
