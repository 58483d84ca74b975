import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TickerController } from '../../src/internal/ticker-controller.js';

/** A host that counts the updates asked of it. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  new TickerController(h as unknown as ReactiveControllerHost);
  return h;
}

/** Shows or hides the page as a tab switch does (`document.hidden`, then the event). */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('TickerController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers()));
  afterEach(() => {
    clock.restore();
    delete (document as unknown as Record<string, unknown>)['hidden']; // the real getter again
  });

  it('re-renders each host once a minute from one timer', () => {
    const a = host();
    const b = host();
    a.connect();
    b.connect();
    clock.tick(3 * 60_000);
    expect([a.updates, b.updates]).to.deep.equal([3, 3]);
    a.disconnect();
    clock.tick(60_000);
    expect([a.updates, b.updates]).to.deep.equal([3, 4]);
    b.disconnect();
    expect(clock.countTimers()).to.equal(0);
  });

  it('does not tick while the page is hidden, and catches up as soon as it is shown', () => {
    const a = host();
    a.connect();
    clock.tick(60_000);
    expect(a.updates).to.equal(1);
    setHidden(true);
    clock.tick(10 * 60_000);
    expect(a.updates, 'hidden for 10 minutes').to.equal(1);
    expect(clock.countTimers(), 'no timer left while hidden').to.equal(0);
    setHidden(false);
    expect(a.updates, 'shown again: at once').to.equal(2);
    clock.tick(60_000);
    expect(a.updates).to.equal(3);
    a.disconnect();
  });

  it('does not start ticking for a host connected while the page is hidden', () => {
    setHidden(true);
    const a = host();
    a.connect();
    clock.tick(5 * 60_000);
    expect(a.updates).to.equal(0);
    setHidden(false);
    expect(a.updates).to.equal(1);
    a.disconnect();
    setHidden(false);
    expect(a.updates, 'disconnected: no longer follows the page').to.equal(1);
  });
});
