/**
 * The reserve dialog's link to the reservation kept for the session (session.ts): saved under
 * its own SKU when confirmed, forgotten when cancelled, shown again after a reload, and followed
 * when a variant picker changes the button's `sku`.
 */
import type { AisleClient } from '../../client/index.js';
import type { Reservation } from '../../client/types.js';
import type { Persist } from '../../config/config.js';
import type { ReserveFlow } from './flow.js';
import {
  forgetReservation,
  loadReservation,
  restoreReservation,
  saveReservation,
  type SavedReservation,
} from './session.js';

/**
 * With persist="none", what this page confirmed, kept in memory only (never in storage): a
 * variant picker coming back to its SKU still shows it, and never offers to reserve it again.
 */
const inMemory = new Map<string, SavedReservation>();

export interface KeptReservationHost {
  /** The button's SKU now. */
  sku(): string;
  flow: ReserveFlow;
  client(): AisleClient;
  persist(): Persist;
  dialogOpen(): boolean;
}

export class KeptReservation {
  constructor(private readonly host: KeptReservationHost) {}

  private saved(sku: string): SavedReservation | undefined {
    return inMemory.get(sku) ?? loadReservation(sku);
  }

  /** A reservation is kept for the button's SKU (it may not have been read again yet). */
  get kept(): boolean {
    return !!this.saved(this.host.sku());
  }

  confirmed(reservation: Reservation): void {
    const saved = { id: reservation.id, code: reservation.code };
    // persist="none": nothing in browser storage (the confirmation will not survive a reload).
    if (this.host.persist() === 'none') inMemory.set(reservation.sku, saved);
    else saveReservation(reservation.sku, saved);
  }

  cancelled(reservation: Reservation): void {
    forgetReservation(reservation.sku);
    inMemory.delete(reservation.sku);
  }

  /**
   * Shows a confirmation kept for this session (id and code only) after a reload. Resolves to
   * false when the API could not be asked.
   */
  async restore(): Promise<boolean> {
    const { flow } = this.host;
    const sku = this.host.sku();
    if (!sku || flow.step !== 'idle') return true;
    const found = await restoreReservation(
      sku,
      (id) => this.host.client().getReservation(id),
      this.saved(sku),
    );
    if (found === 'unreachable') return false;
    if (found === 'none') inMemory.delete(sku); // over, or refused by the API
    if (found !== 'none' && flow.step === 'idle' && this.host.sku() === sku) flow.restore(found);
    return true;
  }

  /** The flow is about another product than the button's (a variant picker changed `sku`). */
  get otherProduct(): boolean {
    const { reservation, request } = this.host.flow.state;
    const sku = reservation?.sku ?? request?.sku;
    return !!sku && sku !== this.host.sku();
  }

  /**
   * The button's SKU changed: once the dialog is closed and no confirm is in flight, a flow about
   * the previous product gives way (its reservation stays kept under its own SKU), and one kept
   * for the new SKU shows.
   */
  followSku(): void {
    const { flow } = this.host;
    if (this.host.dialogOpen() || flow.step === 'confirming') return;
    if (this.otherProduct) flow.reset('idle');
    void this.restore();
  }
}
