import { expect } from '@open-wc/testing';
import { CHANNEL_NAME, createMyStore, myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';

/** Resolves after the next message on the channel reaches listeners. */
function nextChange(store: ReturnType<typeof createMyStore>) {
  return new Promise<string | null>((resolve) => {
    const off = store.subscribe((id) => {
      off();
      resolve(id);
    });
  });
}

describe('the shopper’s store', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
  });

  it('is null until chosen, then notifies subscribers once per change', () => {
    const store = createMyStore();
    const seen: Array<[string | null, string | null]> = [];
    store.subscribe((id, prev) => seen.push([id, prev]));
    expect(store.get()).to.equal(null);
    store.set('paris-11', 'none');
    store.set('paris-11', 'none');
    store.set('lyon-2', 'none');
    expect(store.get()).to.equal('lyon-2');
    expect(seen).to.deep.equal([
      ['paris-11', null],
      ['lyon-2', 'paris-11'],
    ]);
  });

  it('persists only the store id, in the storage the persist mode names', () => {
    const store = createMyStore();
    store.set('paris-11', 'local');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('paris-11');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    store.set('lyon-2', 'session');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal('lyon-2');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    store.set('nice-1', 'none');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(store.get()).to.equal('nice-1');
  });

  it('restores a stored selection on a new page, ignoring tampered values', () => {
    localStorage.setItem(STORAGE_KEY, 'bordeaux-3');
    expect(createMyStore().get()).to.equal('bordeaux-3');
    localStorage.setItem(STORAGE_KEY, '<img src=x onerror=alert(1)>');
    expect(createMyStore().get()).to.equal(null);
  });

  it('refuses values that are not store ids', () => {
    const store = createMyStore();
    expect(() => store.set('jane@example.com <Jane>', 'local')).to.throw(TypeError);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('syncs live with other tabs', async () => {
    const tabA = createMyStore();
    const tabB = createMyStore();
    expect(tabB.get()).to.equal(null);
    const arrived = nextChange(tabB);
    tabA.set('lille-1', 'session');
    expect(await arrived).to.equal('lille-1');
    expect(tabB.get()).to.equal('lille-1');
    const back = nextChange(tabA);
    tabB.set(null, 'session');
    expect(await back).to.equal(null);
  });

  it('ignores a value from another tab that is not a store id', async () => {
    const tab = createMyStore();
    tab.set('paris-01', 'none');
    const seen: Array<string | null> = [];
    tab.subscribe((id) => seen.push(id));
    const other = new BroadcastChannel(CHANNEL_NAME);
    try {
      const arrived = nextChange(tab);
      other.postMessage({ type: 'aisle:my-store', storeId: '<img src=x onerror=alert(1)>' });
      other.postMessage({ type: 'aisle:my-store', storeId: 42 });
      // Messages arrive in order: once this one is in, the two before it were read.
      other.postMessage({ type: 'aisle:my-store', storeId: 'lyon-2' });
      expect(await arrived).to.equal('lyon-2');
    } finally {
      other.close();
    }
    expect(seen).to.deep.equal(['lyon-2']);
    expect(tab.get()).to.equal('lyon-2');
  });

  it('is not undone by the storage event of another tab clearing its other storage', async () => {
    const tab = createMyStore();
    tab.set('lille-1', 'none');
    // Another tab saved with persist="session": its localStorage removal reaches us, late.
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tab.get()).to.equal('lille-1');
  });

  it('is one instance per page, shared by every copy of Aisle', () => {
    expect(myStore()).to.equal(myStore());
    const global = (globalThis as unknown as Record<symbol, unknown>)[
      Symbol.for('aisle.my-store.v1')
    ];
    expect(global).to.equal(myStore());
  });
});
