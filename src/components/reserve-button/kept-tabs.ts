/**
 * What the page keeps of its reservations beside the buttons: those kept in memory only
 * (persist="none"), and its link to the shop's other open tabs, a BroadcastChannel (nothing
 * stored): `{api, ask: sku}` asks them, `{api, sku, id, code}` tells or answers, `{api, sku,
 * over: id}` says it was cancelled (or found over). Only well-formed ids are taken (any script of
 * the site can post here), only for the API they came from (session-read.ts `keptKey`); the
 * buttons take them only once that API confirms them, or says they are over (kept-reservation.ts).
 */
import { isValidRecordId, isValidSku } from '../../client/ids.js';
import { keptKey } from './session-read.js';
import { loadReservation, type SavedReservation } from './session.js';

/**
 * With persist="none", what this page confirmed, kept in memory only (never in storage): a
 * variant picker coming back to its SKU still shows it, and never offers to reserve it again.
 */
export const inMemory = new Map<string, SavedReservation>();

/** What is kept under `key`: in memory (persist="none"), else in the session's storage. */
export function savedAt(key: string): SavedReservation | undefined {
  return inMemory.get(key) ?? loadReservation(key);
}

/** What a button hears from the other tabs. */
export interface TabListener {
  /** Reservation `id` of `sku` at `api` was cancelled (or found over) in another tab. */
  overElsewhere(api: string, sku: string, id: string): void;
  /** Another tab made (or keeps) a reservation of `sku` at `api`. */
  fromOtherTab(api: string, sku: string, told: SavedReservation): void;
}

const TABS = 'aisle:reservations';
let tabs: BroadcastChannel | undefined;

/** The channel to the other tabs (none where BroadcastChannel is missing); `buttons` hear it. */
export function otherTabs(buttons: Iterable<TabListener>): BroadcastChannel | undefined {
  if (!tabs && typeof BroadcastChannel === 'function') {
    const channel = (tabs = new BroadcastChannel(TABS));
    channel.onmessage = ({ data }: MessageEvent) => {
      const { api, ask, sku, id, code, over } = (data ?? {}) as Record<string, unknown>;
      if (typeof api !== 'string') return;
      if (isValidSku(sku as string) && isValidRecordId(over)) {
        for (const button of buttons) button.overElsewhere(api, sku as string, over);
      } else if (isValidSku(ask as string)) {
        const saved = savedAt(keptKey(api, ask as string));
        if (saved?.id) channel.postMessage({ api, sku: ask, id: saved.id, code: saved.code });
      } else if (isValidSku(sku as string) && isValidRecordId(id) && isValidRecordId(code)) {
        for (const button of buttons) button.fromOtherTab(api, sku as string, { id, code });
      }
    };
  }
  return tabs;
}

/** Other tabs' news being read from the API (see `heard`). */
const news = new Set<Promise<void>>();
/** How long an answer to a question (`ask`) is waited for. */
const ASK_MS = 1000;

/** News from another tab is being read from the API until `check` settles. */
export function reading(check: Promise<void>): void {
  news.add(check);
  void check.finally(() => news.delete(check));
}

/**
 * Resolves once `told()` (a reservation told by another tab was read and kept), or once no news
 * is still being read and, when a question was just `asked`, no answer came for `ASK_MS`.
 */
export async function heard(told: () => boolean, asked: boolean): Promise<void> {
  const end = Date.now() + (asked ? ASK_MS : 0);
  while (!told()) {
    if (news.size) await Promise.allSettled([...news]);
    else if (Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    else return;
  }
}
