/**
 * Hostile pages, lifecycle: a single-page app that adds and removes Aisle's elements 1,000
 * times must end where it started: no more listeners on window or document, no more live
 * timers, observers or BroadcastChannels, no more subscriptions to the shopper's store.
 * The locator with its Leaflet map is covered too: every map made is destroyed on removal.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/reserve-button/define.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { nextTask, until } from './harness.js';

const ITERATIONS = 1000;
const SKU = 'AISLE-0001';
const store = mockApi.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;

/** Live counts of everything an element could leak, kept by wrapping the page's APIs. */
class LeakCounter {
  listeners = new Map<EventTarget, Set<string>>();
  timeouts = new Set<number>();
  intervals = new Set<number>();
  observers = 0;
  channels = 0;
  subscriptions = 0;
  private undo: Array<() => void> = [];

  private patch<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    const original = obj[key];
    obj[key] = value;
    this.undo.push(() => (obj[key] = original));
  }

  install(): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched functions need it
    const self = this;
    for (const target of [window, document] as EventTarget[]) {
      const set = new Set<string>();
      this.listeners.set(target, set);
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const id = (type: string, fn: unknown, opts?: boolean | EventListenerOptions) => {
        const capture = typeof opts === 'boolean' ? opts : !!opts?.capture;
        return `${type}|${capture}|${self.fnId(fn)}`;
      };
      this.patch(target, 'addEventListener', function (this: EventTarget, type, fn, opts) {
        if (fn && !(typeof opts === 'object' && opts?.once)) set.add(id(type, fn, opts));
        return add.call(this, type, fn, opts);
      } as EventTarget['addEventListener']);
      this.patch(target, 'removeEventListener', function (this: EventTarget, type, fn, opts) {
        set.delete(id(type, fn, opts));
        return remove.call(this, type, fn, opts);
      } as EventTarget['removeEventListener']);
    }
    const st = window.setTimeout;
    const ct = window.clearTimeout;
    const si = window.setInterval;
    const ci = window.clearInterval;
    this.patch(window, 'setTimeout', ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const handle: number = st(
        (...a: unknown[]) => {
          self.timeouts.delete(handle);
          if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...rest,
      );
      self.timeouts.add(handle);
      return handle;
    }) as typeof setTimeout);
    this.patch(window, 'clearTimeout', ((h?: number) => {
      if (h !== undefined) self.timeouts.delete(h);
      ct(h);
    }) as typeof clearTimeout);
    this.patch(window, 'setInterval', ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const handle: number = si(fn, ms, ...rest);
      self.intervals.add(handle);
      return handle;
    }) as typeof setInterval);
    this.patch(window, 'clearInterval', ((h?: number) => {
      if (h !== undefined) self.intervals.delete(h);
      ci(h);
    }) as typeof clearInterval);
    for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
      const Original = window[name];
      const Counted = class extends (Original as typeof ResizeObserver) {
        private live = false;
        override observe(...args: Parameters<ResizeObserver['observe']>) {
          if (!this.live) self.observers++;
          this.live = true;
          super.observe(...args);
        }
        override disconnect() {
          if (this.live) self.observers--;
          this.live = false;
          super.disconnect();
        }
      };
      this.patch(window, name, Counted as never);
    }
    const OriginalChannel = window.BroadcastChannel;
    this.patch(
      window,
      'BroadcastChannel',
      class extends OriginalChannel {
        private open = true;
        constructor(name: string) {
          super(name);
          self.channels++;
        }
        override close() {
          if (this.open) self.channels--;
          this.open = false;
          super.close();
        }
      } as typeof BroadcastChannel,
    );
    const shared = myStore();
    const subscribe = shared.subscribe.bind(shared);
    this.patch(shared, 'subscribe', (listener) => {
      self.subscriptions++;
      const off = subscribe(listener);
      let done = false;
      return () => {
        if (!done) self.subscriptions--;
        done = true;
        return off();
      };
    });
  }

  private ids = new WeakMap<object, number>();
  private next = 1;
  private fnId(fn: unknown): number {
    if (!fn || (typeof fn !== 'object' && typeof fn !== 'function')) return 0;
    let n = this.ids.get(fn as object);
    if (!n) this.ids.set(fn as object, (n = this.next++));
    return n;
  }

  snapshot() {
    return {
      windowListeners: this.listeners.get(window)!.size,
      documentListeners: this.listeners.get(document)!.size,
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      observers: this.observers,
      channels: this.channels,
      subscriptions: this.subscriptions,
      leafletMaps: document.querySelectorAll('.leaflet-container').length,
    };
  }

  uninstall(): void {
    for (const undo of this.undo.reverse()) undo();
    this.undo = [];
  }
}

describe('hostile pages: 1,000 mounts and unmounts', () => {
  let counter: LeakCounter;

  beforeEach(() => {
    resetClientsForTests();
    sessionStorage.clear();
    myStore().set(store.id, 'none');
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    counter = new LeakCounter();
    counter.install();
  });

  afterEach(() => counter.uninstall());

  async function settle(): Promise<void> {
    // Let one-shot timers (batch flushes, 0 ms revokes) and answers run out.
    await until(() => counter.timeouts.size === 0, 'one-shot timers to run out', 8000);
    for (let i = 0; i < 5; i++) await nextTask();
  }

  it(`badges, reserve buttons and list-only locators, ${ITERATIONS} times: back to baseline`, async function () {
    this.timeout(240_000);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const mount = async () => {
      host.innerHTML = `<aisle-stock-badge sku="${SKU}"></aisle-stock-badge>
        <aisle-reserve-button sku="${SKU}"></aisle-reserve-button>
        <aisle-store-locator no-map near="48.8566,2.3522" limit="3"></aisle-store-locator>`;
      await Promise.all(
        [...host.children].map(
          (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
    };
    await mount();
    host.replaceChildren();
    await settle();
    const baseline = counter.snapshot();
    for (let i = 0; i < ITERATIONS; i++) {
      await mount();
      if (i % 100 === 0) await nextTask(); // now and then, let requests start
      host.replaceChildren();
    }
    await settle();
    expect(counter.snapshot()).to.deep.equal(baseline);
  });

  it(`locators with their Leaflet map, ${ITERATIONS} times: every map destroyed, back to baseline`, async function () {
    this.timeout(600_000);
    const stores = generateStores(40, 7);
    const [first] = stores;
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const mount = async (): Promise<Element> => {
      const el = document.createElement('aisle-store-locator') as AisleStoreLocator;
      el.setAttribute('tiles', '');
      el.setAttribute('near', `${first!.location.lat},${first!.location.lng}`);
      el.setAttribute('radius', '200');
      el.stores = stores;
      host.append(el);
      await el.mapReady();
      const container = el.shadowRoot!.querySelector('.leaflet-container');
      expect(container, 'the map is drawn').to.exist;
      return container!;
    };
    await mount();
    host.replaceChildren();
    await settle();
    const baseline = counter.snapshot();
    let destroyed = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const container = await mount();
      host.replaceChildren();
      // A removal is decided a task later (a locator moved and put back keeps its map).
      await new Promise((resolve) => setTimeout(resolve));
      // Leaflet's map.remove() takes its panes out of the container and forgets the container.
      const id = (container as unknown as { _leaflet_id?: number })._leaflet_id;
      if (!container.querySelector('.leaflet-map-pane') && id === undefined) destroyed++;
    }
    await settle();
    expect(destroyed).to.equal(ITERATIONS);
    expect(counter.snapshot()).to.deep.equal(baseline);
  });
});
