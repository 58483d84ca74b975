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
} from './session.js';

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

  /** A reservation is kept for the button's SKU (it may not have been read again yet). */
  get kept(): boolean {
    return !!loadReservation(this.host.sku());
  }

  confirmed(reservation: Reservation): void {
    // persist="none": nothing in browser storage (the confirmation will not survive a reload).
    if (this.host.persist() !== 'none') {
      saveReservation(reservation.sku, { id: reservation.id, code: reservation.code });
    }
  }

  cancelled(reservation: Reservation): void {
    forgetReservation(reservation.sku);
  }

  /**
   * Shows a confirmation kept for this session (id and code only) after a reload. Resolves to
   * false when the API could not be asked.
   */
  async restore(): Promise<boolean> {
    const { flow } = this.host;
    const sku = this.host.sku();
    if (!sku || flow.step !== 'idle') return true;
    const found = await restoreReservation(sku, (id) => this.host.client().getReservation(id));
    if (found === 'unreachable') return false;
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
