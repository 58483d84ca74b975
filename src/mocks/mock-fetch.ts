/**
 * The built-in mock API as a `fetch` function: `<aisle-config mock>` gives it to the shared
 * clients (src/client/shared.ts loads this module with a dynamic `import()`, so pages without
 * `mock` never download it). It answers from the MSW handlers with `getResponse()`: no service
 * worker, no file at the site root, and the page's own `fetch` is never patched.
 */
import { getResponse } from 'msw';
import { handlers } from './handlers.js';
import { mockApi } from './mock-api.js';

// As a server would, the mock still knows this tab's reservations after a reload.
try {
  mockApi.remember(sessionStorage);
} catch {
  // No storage here (a sandboxed frame): the mock forgets them on reload.
}

/**
 * Answers one request from the mock handlers (the API and the online geocoders). A request no
 * handler answers rejects like a network error: mock mode never reaches the real network.
 */
export async function mockFetch(
  input: string | URL | Request,
  init?: RequestInit,
): Promise<Response> {
  // The document's base URL, not `location`: a CMS preview in a `srcdoc` frame is at
  // "about:srcdoc", which nothing resolves against; its base URL is its parent's.
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  const request =
    input instanceof Request
      ? new Request(input, init)
      : new Request(new URL(String(input), base), init);
  // An aborted signal rejects like the page's fetch would.
  request.signal.throwIfAborted();
  const response = await getResponse(handlers, request);
  // The `offline` scenario's network error (`Response.error()`) rejects, as the page's fetch does.
  if (response?.type === 'error') throw new TypeError('Failed to fetch');
  if (response) return response;
  throw new TypeError(`Aisle mock: no mock handler for ${request.method} ${request.url}`);
}
