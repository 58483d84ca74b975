/**
 * Reading what the reserve button keeps for the session (see session.ts): the only part of it the
 * button needs before a click, to know whether a confirmation is waiting for its SKU.
 */

export interface SavedReservation {
  id: string;
  code: string;
}

export const PREFIX = 'aisle:reservation:';

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
    const value = JSON.parse(raw) as unknown;
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as SavedReservation).id === 'string' &&
      typeof (value as SavedReservation).code === 'string'
    ) {
      return { id: (value as SavedReservation).id, code: (value as SavedReservation).code };
    }
  } catch {
    // Unreadable: treat as nothing saved.
  }
  return undefined;
}
