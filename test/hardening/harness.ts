/**
 * What every hardening test needs: a watch on what a host page would see go wrong (uncaught
 * errors, unhandled rejections, console errors), a fake clock that drives latency, timeouts and
 * `Retry-After` without sleeping, and the table of faults the mock can play.
 */
import sinon from 'sinon';
import '../helpers/mock-api.js';
import { mockApi, type EndpointName, type MockScenario } from '../../src/mocks/mock-api.js';

/** Yields one macrotask without timers (works under sinon's fake timers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

export interface PageWatch {
  /** Uncaught errors and unhandled rejections, as the page's `window` saw them. */
  readonly uncaught: string[];
  /** Every `console.error` call, as a host page's own console hooks would see it. */
  readonly consoleErrors: string[];
  /** Stops watching and puts `console.error` back. */
  stop(): void;
}

/**
 * Watches the page the way a host page's error monitoring would. Listeners are added in the
 * capture phase on `window`, so they see every error even when mocha also listens.
 */
export function watchPage(): PageWatch {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    const reason = e.reason as { message?: string } | undefined;
    uncaught.push(`unhandledrejection: ${reason?.message ?? String(e.reason)}`);
  };
  addEventListener('error', onError, true);
  addEventListener('unhandledrejection', onRejection, true);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    uncaught,
    consoleErrors,
    stop() {
      removeEventListener('error', onError, true);
      removeEventListener('unhandledrejection', onRejection, true);
      console.error = original;
    },
  };
}

/**
 * Fetches started and not yet answered. The mock answers through real promises and macrotasks,
 * so `drive` gives an answer that is on its way a little real time before it moves the fake
 * clock on; otherwise fake time could outrun real I/O and fire the client's timeout on an
 * answer that was already there.
 */
let answering = 0;
/** Real time of the last fetch started or answered. */
let lastActivity = 0;
const pageFetch = globalThis.fetch;
globalThis.fetch = (...args: Parameters<typeof fetch>) => {
  // A request the mock will park on its (fake-clock) latency is answered only when time moves.
  const scenario = mockApi.scenario();
  const parks = (scenario.latency ?? 0) > 0 && (scenario.times === undefined || scenario.times > 0);
  const answer = pageFetch(...args);
  lastActivity = performance.now();
  if (!parks) {
    answering++;
    const done = () => {
      answering--;
      lastActivity = performance.now();
    };
    // Counted until the body has been read too (a clone reads at the same pace as the client).
    answer.then((r) => r.clone().arrayBuffer()).then(done, done);
  }
  return answer;
};

/**
 * Waits (real time, at most 10 s) until every answer that needs no fake time has landed, and
 * 50 ms more after the last one, for the client to read and check it.
 */
async function letAnswersLand(): Promise<void> {
  const end = performance.now() + 10_000;
  const busy = () => answering > 0 || performance.now() - lastActivity < 50;
  while (busy() && performance.now() < end) await nextTask();
}

/** Fakes the timers and `Date` (not `performance`, not the event loop). */
export function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: Date.now(),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    // A timer set before the fake clock (the shared minute ticker) is really cleared.
    shouldClearNativeTimers: true,
  });
}

/**
 * Moves fake time forward in `stepMs` steps, letting the page run between steps, until `check`
 * holds; fails after `maxMs` of fake time. Returns the fake milliseconds it took.
 */
export async function drive(
  clock: sinon.SinonFakeTimers,
  check: () => unknown,
  what: string,
  { stepMs = 250, maxMs = 120_000 } = {},
): Promise<number> {
  let spent = 0;
  for (;;) {
    for (let i = 0; i < 4; i++) {
      if (check()) return spent;
      await nextTask();
    }
    if (check()) return spent;
    if (spent >= maxMs)
      throw new Error(`After ${spent} ms of fake time, still waiting for ${what}`);
    // On a loaded machine an answer can take longer than a few tasks: do not let fake time (and
    // the client's timeouts) outrun it.
    await letAnswersLand();
    if (check()) return spent;
    await clock.tickAsync(stepMs);
    spent += stepMs;
  }
}

/** Waits in real time (no timers used) until `check` holds; fails after `ms`. */
export async function until(check: () => unknown, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (check()) return;
    await nextTask();
  }
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

/** Lets the page run for `ms` of fake time, whatever happens. */
export async function idle(clock: sinon.SinonFakeTimers, ms: number, stepMs = 250): Promise<void> {
  for (let spent = 0; spent < ms; spent += stepMs) {
    await nextTask();
    await letAnswersLand();
    await clock.tickAsync(Math.min(stepMs, ms - spent));
  }
  await nextTask();
}

/** One fault of the matrix: a mock scenario, and how it should end. */
export interface Fault {
  name: string;
  scenario: MockScenario;
  /**
   * `error`: the element ends in its error state with a retry.
   * `transparent`: the client retries by itself (GET only) and the element shows real data.
   */
  readGoal: 'error' | 'transparent';
}

/** The fault matrix's columns. Every fault but the "once" ones lasts until the test changes it. */
export const FAULTS: readonly Fault[] = [
  { name: '10 s latency on every answer', scenario: { latency: 10_000 }, readGoal: 'error' },
  {
    name: 'a timeout once (no answer for a minute)',
    scenario: { latency: 60_000, times: 1 },
    readGoal: 'transparent',
  },
  { name: '500 on every answer', scenario: { status500: true }, readGoal: 'error' },
  {
    name: '503 with Retry-After: 3, once',
    scenario: { serviceUnavailable: { retryAfter: 3 }, times: 1 },
    readGoal: 'transparent',
  },
  {
    name: '503 with Retry-After: 3, lasting',
    scenario: { serviceUnavailable: { retryAfter: 3 } },
    readGoal: 'error',
  },
  {
    name: '429 with Retry-After: 2, once',
    scenario: { rateLimited: { retryAfter: 2 }, times: 1 },
    readGoal: 'transparent',
  },
  {
    name: '429 with Retry-After: 2, lasting',
    scenario: { rateLimited: { retryAfter: 2 } },
    readGoal: 'error',
  },
  { name: 'malformed JSON', scenario: { malformedJson: true }, readGoal: 'error' },
  { name: 'schema-invalid data', scenario: { invalidSchema: true }, readGoal: 'error' },
  { name: 'offline', scenario: { offline: true }, readGoal: 'error' },
];

/** Applies a fault to some endpoints only (all when `only` is absent). */
export function applyFault(fault: Fault, only?: EndpointName | EndpointName[]): void {
  mockApi.setScenario({ ...fault.scenario, ...(only ? { only } : {}) });
}

/** All text in an element's shadow root (and nested open shadow roots), whitespace folded. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLStyleElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
