/**
 * The shopper's store: one selection shared live by every Aisle element on the page (even from two
 * copies of Aisle, through one page-global instance) and by other tabs (BroadcastChannel), and
 * remembered per the `persist` setting. Only a store id is ever stored: never personal data.
 * A merchant widget's API (its own `api`, whose store ids are its own) keeps its own selection,
 * under `aisle:my-store <api>`; the page's API keeps `aisle:my-store`, as older copies read it.
 */
import { isValidStoreId } from '../client/ids.js';
import type { Persist } from '../config/config.js';

export const STORAGE_KEY = 'aisle:my-store';
export const CHANNEL_NAME = 'aisle:my-store';

export type MyStoreListener = (storeId: string | null, previous: string | null) => void;

/**
 * The page-global contract between copies of Aisle: keep it small and stable. `api` (optional, so
 * older copies still fit): another API than the page's, with its own selection.
 */
export interface MyStore {
  readonly version: 1;
  get(api?: string): string | null;
  set(storeId: string | null, persist: Persist, api?: string): void;
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

function readStored(key: string): string | null {
  for (const persist of ['session', 'local'] as const) {
    try {
      const value = storageFor(persist)?.getItem(key);
      if (isValidStoreId(value)) return value;
    } catch {
      // Unreadable storage counts as empty.
    }
  }
  return null;
}

function write(key: string, storeId: string | null, persist: Persist): void {
  for (const mode of ['local', 'session'] as const) {
    const storage = storageFor(mode);
    try {
      if (mode === persist && storeId) storage?.setItem(key, storeId);
      else storage?.removeItem(key);
    } catch {
      // Quota or blocked storage: the selection still lives in memory and in other tabs.
    }
  }
}

/** `type` is the selection's storage key: older copies take only the page's (`aisle:my-store`). */
interface ChannelMessage {
  type: string;
  storeId: string | null;
}

export function createMyStore(): MyStore {
  /** Per storage key, the selection (read from storage on first use). */
  const current: Record<string, string | null> = {};
  const listeners = new Set<MyStoreListener>();
  let channel: BroadcastChannel | undefined;
  const keyOf = (api?: string) => (api ? `${STORAGE_KEY} ${api}` : STORAGE_KEY);

  const update = (key: string, next: string | null) => {
    const previous = current[key] ?? null;
    current[key] = next;
    if (previous === next) return;
    for (const listener of [...listeners]) listener(next, previous);
  };

  const connect = () => {
    if (channel || typeof BroadcastChannel === 'undefined') return;
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
      const data = event.data;
      if (!String(data?.type).startsWith(STORAGE_KEY)) return;
      if (data.storeId === null || isValidStoreId(data.storeId)) update(data.type, data.storeId);
    };
    // Only the channel, not `storage` events: saving to one storage clears the other, and that
    // removal could reach another tab after the channel's message and undo it.
  };

  return {
    version: 1,
    get(api) {
      connect();
      const key = keyOf(api);
      if (!(key in current)) current[key] = readStored(key);
      return current[key]!;
    },
    set(storeId, persist, api) {
      if (storeId !== null && !isValidStoreId(storeId)) {
        throw new TypeError(`Invalid store id ${JSON.stringify(storeId)}`);
      }
      connect();
      const key = keyOf(api);
      write(key, storeId, persist);
      update(key, storeId);
      channel?.postMessage({ type: key, storeId } satisfies ChannelMessage);
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
