import { setupWorker } from 'msw/browser';
import { handlers } from '../src/mocks/handlers.js';
import { mockApi } from '../src/mocks/mock-api.js';

/** The demo runs on the mock API through MSW's service worker (served at /mockServiceWorker.js). */
export async function startMockWorker(): Promise<void> {
  // As a server would, the mock still knows this tab's reservations after a reload.
  mockApi.remember(sessionStorage);
  const worker = setupWorker(...handlers);
  const options = { onUnhandledRequest: 'bypass', quiet: true } as const;
  await worker.start(options);
  // MSW's worker forgets a page on `beforeunload`, which also fires when the browser keeps the
  // page to come back to (the back/forward cache): after "Back", every request would go past the
  // mock to the static server. Such a page tells the worker it is here again.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    worker.stop();
    void worker.start(options);
  });
}
