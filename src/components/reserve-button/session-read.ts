/**
 * Reading what the reserve button keeps for the session (see session.ts): the only part of it the
 * button needs before a click, to know whether a confirmation is waiting for its SKU.
 */

import { isValidRecordId } from '../../client/ids.js';

export interface SavedReservation {
  id: string;
  code: string;
  /**
   * A confirm was sent for this hold and its answer never came: the next load asks the API how it
   * ended (see session.ts). The id and code are then empty, or another tab's reservation, told
   * meanwhile: shown only if this confirm made none.
   */
  hold?: string;
}

export const PREFIX = 'aisle:reservation:';
/** Hold requests whose answer this tab never learnt, per API and SKU (see left-holds.ts). */
export const LEFT_HOLDS = 'aisle:holds:';

/**
 * What a reservation is kept under: its API and its SKU. A reservation id means nothing to
 * another API (a merchant's widget beside the retailer's, with its own `api`), and must never be
 * read, shown or cancelled through one.
 */
export function keptKey(api: string, sku: string): string {
  return `${api} ${sku}`;
}

/** The API a button's reservations belong to, as keys and the other tabs name it. */
export function apiOf(config: { api: string; mock: boolean }): string {
  return config.mock ? 'mock' : config.api;
}

export function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed iframes)
  }
}

export function loadReservation(key: string): SavedReservation | undefined {
  try {
    const store = storage();
    let raw = store?.getItem(PREFIX + key);
    // Kept by a version before reservations were kept per API, under the SKU alone: adopted.
    const old = PREFIX + key.slice(key.lastIndexOf(' ') + 1);
    if (!raw && (raw = store?.getItem(old))) {
      store!.setItem(PREFIX + key, raw);
      store!.removeItem(old);
    }
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<SavedReservation> | null;
    const { id, code, hold } = value ?? {};
    // A tampered value is nothing saved; any id the API could have given is kept.
    const told = isValidRecordId(id) && isValidRecordId(code);
    if (typeof hold === 'string')
      return isValidRecordId(hold)
        ? { id: told ? id : '', code: told ? code : '', hold }
        : undefined;
    if (told) return { id, code };
  } catch {
    // Unreadable: treat as nothing saved.
  }
  return undefined;
}

/** Something kept under `key` needs the dialog's code on load: a reservation, or a hold to give back. */
export function keptFor(key: string): boolean {
  try {
    return !!loadReservation(key) || !!storage()?.getItem(LEFT_HOLDS + key);
  } catch {
    return false;
  }
}
