import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { AisleApiError } from '../../src/client/errors.js';
import { createRestProvider } from '../../src/client/rest-provider.js';
import { API, makeStore } from './fixtures.js';

/** A fetch that records when it was called and answers as `answer` says (never, by default). */
function scriptedFetch(answer: (call: number) => Promise<Response> | undefined = () => undefined) {
  const calls: number[] = [];
  const fetch = (_input: string, init?: RequestInit) => {
    calls.push(Date.now());
    return (
      answer(calls.length) ??
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )
    );
  };
  return { calls, fetch };
}

/** One task of the browser's own (a message, which the fake clock does not replace). */
function realTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Real tasks until `done()`, for up to `ms` of real time (performance.now is not faked here): a
 * loaded browser may take more than a handful of tasks to read a body.
 */
async function realTasksUntil(done: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!done() && performance.now() < end) await realTask();
}

/** Backoff waits that take no time, so the attempts' times are exact. */
const sleep = () => Promise.resolve();

describe('client: a GET ends within its deadline (fake clock)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: 1_000_000,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      shouldClearNativeTimers: true,
    });
  });
  afterEach(() => clock.restore());

  /** Settles `promise` into a record that says whether, and with what, it ended. */
  function watch(promise: Promise<unknown>) {
    const state: { done: boolean; error?: AisleApiError; value?: unknown } = { done: false };
    promise.then(
      (value) => Object.assign(state, { done: true, value }),
      (error: AisleApiError) => Object.assign(state, { done: true, error }),
    );
    return state;
  }

  it('gives up on a server that never answers after 12 s, not three 8 s timeouts', async () => {
    const { calls, fetch } = scriptedFetch();
    const provider = createRestProvider({ api: API, fetch, sleep });
    const state = watch(provider.getStore('s1'));
    await clock.tickAsync(11_999);
    expect(state.done).to.equal(false);
    await clock.tickAsync(1);
    expect(state.done).to.equal(true);
    expect(state.error?.kind).to.equal('timeout');
    // The second attempt had what was left of the 12 s: 4 s.
    expect(calls.map((t) => t - 1_000_000)).to.deep.equal([0, 8000]);
  });

  it('still answers when the retry that fits in the deadline does', async () => {
    const { calls, fetch } = scriptedFetch((n) =>
      n === 2 ? Promise.resolve(Response.json(makeStore('s1'))) : undefined,
    );
    const provider = createRestProvider({ api: API, fetch, sleep });
    const state = watch(provider.getStore('s1'));
    await clock.tickAsync(8000);
    // Reading the answer's body may take the browser a task of its own (Firefox): real tasks,
    // with the fake clock standing still at 8 s.
    await realTasksUntil(() => state.done);
    expect(state.done).to.equal(true);
    expect((state.value as { id: string }).id).to.equal('s1');
    expect(calls).to.have.length(2);
  });

  it('keeps retrying quick failures, and stops a wait for Retry-After that would end past it', async () => {
    const quick = scriptedFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const one = watch(createRestProvider({ api: API, fetch: quick.fetch }).getStore('s1'));
    await clock.tickAsync(2000);
    expect(one.error?.kind).to.equal('network');
    expect(quick.calls).to.have.length(3);

    // A 503 after 3 s asking to come back in 10 s: 13 s is past the 12 s.
    const busy = scriptedFetch(
      () =>
        new Promise<Response>((resolve) =>
          setTimeout(
            () => resolve(new Response('', { status: 503, headers: { 'Retry-After': '10' } })),
            3000,
          ),
        ),
    );
    const two = watch(createRestProvider({ api: API, fetch: busy.fetch }).getStore('s1'));
    await clock.tickAsync(3000);
    await realTasksUntil(() => two.done);
    expect(two.error?.code).to.equal('http_503');
    expect(busy.calls).to.have.length(1);
  });

  it('follows a longer timeout a retailer sets: the deadline is one and a half of it', async () => {
    const { calls, fetch } = scriptedFetch();
    const provider = createRestProvider({ api: API, fetch, sleep, timeoutMs: 20_000 });
    const state = watch(provider.getStore('s1'));
    await clock.tickAsync(19_999);
    expect(state.done).to.equal(false);
    expect(calls).to.have.length(1);
    await clock.tickAsync(10_001);
    expect(state.error?.kind).to.equal('timeout');
    expect(calls.map((t) => t - 1_000_000)).to.deep.equal([0, 20_000]);
  });
});
