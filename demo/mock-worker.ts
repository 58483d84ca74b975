import { setupWorker } from 'msw/browser';
import { handlers } from '../src/mocks/handlers.js';

/** The demo runs on the mock API through MSW's service worker (served at /mockServiceWorker.js). */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
