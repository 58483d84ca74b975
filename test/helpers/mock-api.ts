/**
 * Every test file imports this: the network is the MSW mock, and a request that no handler
 * answers fails the test that made it.
 */
import { http, type RequestHandler } from 'msw';
import { handlers as defaultHandlers } from '../../src/mocks/handlers.js';
import { resetGeocoderMock } from '../../src/mocks/geocoders.js';
import { startFetchMock } from '../../src/mocks/interceptor.js';
import { mockApi } from '../../src/mocks/mock-api.js';

let extra: RequestHandler[] = [];
const unhandled: string[] = [];
/** Every request the page made through fetch, in order. */
export const requests: Request[] = [];

startFetchMock(() => [...extra, ...defaultHandlers], {
  onRequest: (request) => requests.push(request),
  onUnhandled: (request) => {
    unhandled.push(`${request.method} ${request.url}`);
  },
});

/** Adds handlers in front of the defaults for the current test. */
export function useHandlers(...handlers: RequestHandler[]): void {
  extra = [...handlers, ...extra];
}

const held: (() => void)[] = [];

/**
 * Holds back the answers to the first `times` requests matching `method` and `path` (under the
 * mock API's base, MSW path syntax) until the returned `release()` is called; then the mock
 * answers them as usual. A test acts while a request is on its way without racing a fixed
 * latency on a slow machine. Whatever is still held is released after each test.
 */
export function holdAnswers(
  method: 'get' | 'post' | 'delete',
  path: string,
  times = Infinity,
): () => void {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  // Resolving to nothing hands the request on to the next handler: the mock.
  useHandlers(
    http[method](`*/aisle-api/v1${path}`, () => (++count <= times ? released : undefined)),
  );
  held.push(release);
  return release;
}

/** Unmocked requests seen so far, cleared by the check after each test. */
export function takeUnhandled(): string[] {
  return unhandled.splice(0);
}

afterEach(function () {
  extra = [];
  for (const release of held.splice(0)) release();
  // Every test starts from the seeded data: no holds, overrides, counters or scenario left over.
  mockApi.reset();
  resetGeocoderMock();
  requests.length = 0;
  const missed = takeUnhandled();
  if (missed.length) {
    throw new Error(`Unmocked request(s) in "${this.currentTest?.title}": ${missed.join(', ')}`);
  }
});
