/**
 * The shopper's store: one selection shared live by every Aisle element on the page (even from two
 * copies of Aisle, through one page-global instance) and by other tabs (BroadcastChannel), and
 * remembered per the `persist` setting. Only a store id is ever stored: never personal data.
 */
import { isValidStoreId } from '../client/ids.js';
import type { Persist } from '../config/config.js';

export const STORAGE_KEY = 'aisle:my-store';
export const CHANNEL_NAME = 'aisle:my-store';

export type MyStoreListener = (storeId: string | null, previous: string | null) => void;

/** The page-global contract between copies of Aisle: keep it small and stable. */
export interface MyStore {
  readonly version: 1;
  get(): string | null;
  set(storeId: string | null, persist: Persist): void;
  subscribe(listener: MyStoreListener): () => void;
}

function storageFor(persist: Persist): Storage | undefined {
  try {
    if (persist === 'local') return globalThis.localStorage;
    if (persist === 'session') return globalThis.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): fall back to memory.
  }
  return undefined;
}

function readStored(): string | null {
  for (const persist of ['session', 'local'] as const) {
    try {
      const value = storageFor(persist)?.getItem(STORAGE_KEY);
      if (isValidStoreId(value)) return value;
    } catch {
      // Unreadable storage counts as empty.
    }
  }
  return null;
}

function write(storeId: string | null, persist: Persist): void {
  for (const mode of ['local', 'session'] as const) {
    const storage = storageFor(mode);
    try {
      if (mode === persist && storeId) storage?.setItem(STORAGE_KEY, storeId);
      else storage?.removeItem(STORAGE_KEY);
    } catch {
      // Quota or blocked storage: the selection still lives in memory and in other tabs.
    }
  }
}

interface ChannelMessage {
  type: 'aisle:my-store';
  storeId: string | null;
}

export function createMyStore(): MyStore {
  let current: string | null | undefined;
  const listeners = new Set<MyStoreListener>();
  let channel: BroadcastChannel | undefined;

  const update = (next: string | null) => {
    const previous = current ?? null;
    current = next;
    if (previous === next) return;
    for (const listener of [...listeners]) listener(next, previous);
  };

  const connect = () => {
    if (channel || typeof BroadcastChannel === 'undefined') return;
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
      const data = event.data;
      if (data?.type !== 'aisle:my-store') return;
      if (data.storeId === null || isValidStoreId(data.storeId)) update(data.storeId);
    };
    // Only the channel, not `storage` events: saving to one storage clears the other, and that
    // removal could reach another tab after the channel's message and undo it.
  };

  return {
    version: 1,
    get() {
      connect();
      if (current === undefined) current = readStored();
      return current;
    },
    set(storeId, persist) {
      if (storeId !== null && !isValidStoreId(storeId)) {
        throw new TypeError(`Invalid store id ${JSON.stringify(storeId)}`);
      }
      connect();
      write(storeId, persist);
      update(storeId);
      channel?.postMessage({ type: 'aisle:my-store', storeId } satisfies ChannelMessage);
    },
    subscribe(listener) {
      connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const GLOBAL_KEY = Symbol.for('aisle.my-store.v1');

/** The page's one shared selection (created by whichever copy of Aisle asks first). */
export function myStore(): MyStore {
  const holder = globalThis as unknown as Record<symbol, MyStore | undefined>;
  holder[GLOBAL_KEY] ??= createMyStore();
  return holder[GLOBAL_KEY];
}
