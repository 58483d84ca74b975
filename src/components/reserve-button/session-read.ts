/**
 * Reading what the reserve button keeps for the session (see session.ts): the only part of it the
 * button needs before a click, to know whether a confirmation is waiting for its SKU.
 */

export interface SavedReservation {
  id: string;
  code: string;
  /**
   * Instead of an id and code (both empty): a confirm was sent for this hold and its answer never
   * came. The next load asks the API how it ended (see session.ts).
   */
  hold?: string;
}

export const PREFIX = 'aisle:reservation:';
/** Hold requests whose answer this tab never learnt, per SKU (see left-holds.ts). */
export const LEFT_HOLDS = 'aisle:holds:';

export function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, sandboxed iframes)
  }
}

export function loadReservation(sku: string): SavedReservation | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + sku);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<SavedReservation> | null;
    if (typeof value?.id === 'string' && typeof value.code === 'string') {
      const { id, code, hold } = value;
      return typeof hold === 'string' ? { id, code, hold } : { id, code };
    }
  } catch {
    // Unreadable: treat as nothing saved.
  }
  return undefined;
}

/** Something kept for `sku` needs the dialog's code on load: a reservation, or a hold to give back. */
export function keptFor(sku: string): boolean {
  try {
    return !!loadReservation(sku) || !!storage()?.getItem(LEFT_HOLDS + sku);
  } catch {
    return false;
  }
}
