/**
 * The confirm attempts of one hold. Each set of details gets one `Idempotency-Key`, reused by
 * every retry of those details (the server replays its first answer: never two reservations);
 * edited details get a new key. When the server says the hold is already confirmed, one of the
 * attempts made the reservation and its answer was lost: replaying the attempts with their keys
 * gets that reservation back (an attempt that never reached the server is refused the same way,
 * so replaying makes nothing new).
 */
import { AisleApiError } from '../../client/errors.js';
import type { ConfirmRequest, MutationOptions } from '../../client/provider.js';
import type { Hold, Reservation } from '../../client/types.js';
import { codeOf } from './flow-errors.js';

export interface ConfirmApi {
  confirmHold(
    holdId: string,
    request: ConfirmRequest,
    options: MutationOptions,
  ): Promise<Reservation>;
}

interface Attempt {
  key: string;
  body: string;
  request: ConfirmRequest;
}

export class ConfirmAttempts {
  private readonly attempts: Attempt[] = [];

  constructor(
    private readonly hold: Pick<Hold, 'id' | 'sku' | 'storeId' | 'quantity'>,
    private readonly newKey: () => string,
  ) {}

  /**
   * The reservation, kept under the hold's SKU: an API that spells it otherwise ("aisle-0002")
   * would have it kept under another product, offered again, and read back forever. One for
   * another product, store or quantity than the hold's, or not confirmed, cannot be the answer:
   * it is unreadable (retried under the same key), never shown.
   */
  private ours(reservation: Reservation): Reservation {
    const { sku } = this.hold;
    const wrong =
      reservation.sku.toLowerCase() !== sku.toLowerCase()
        ? 'sku'
        : (['storeId', 'quantity'] as const).find((k) => reservation[k] !== this.hold[k]);
    if (wrong || reservation.status !== 'confirmed') {
      const why = wrong ? `$.${wrong} is not the hold's` : `$.status is "${reservation.status}"`;
      throw new AisleApiError('invalid-response', `Invalid reservation in the response: ${why}`, {
        code: 'invalid_response',
      });
    }
    return reservation.sku === sku ? reservation : { ...reservation, sku };
  }

  /** Whether a confirm was ever sent for the hold (it may have made a reservation). */
  get sent(): boolean {
    return this.attempts.length > 0;
  }

  /** Sends `request` under its key; "already confirmed" gets the earlier reservation back. */
  async send(api: ConfirmApi, request: ConfirmRequest): Promise<Reservation> {
    const body = JSON.stringify(request);
    let attempt = this.attempts.find((a) => a.body === body);
    if (!attempt) {
      attempt = { key: this.newKey(), body, request };
      this.attempts.push(attempt);
    }
    try {
      return this.ours(
        await api.confirmHold(this.hold.id, request, { idempotencyKey: attempt.key }),
      );
    } catch (error) {
      if (codeOf(error) !== 'hold_already_confirmed') throw error;
      const earlier = await this.recover(api, attempt.key);
      if (earlier) return earlier;
      throw error;
    }
  }

  /** The reservation one of the attempts made (latest first), if the server replays one. */
  async recover(api: ConfirmApi, except?: string): Promise<Reservation | undefined> {
    for (const a of [...this.attempts].reverse()) {
      if (a.key === except) continue;
      try {
        return this.ours(await api.confirmHold(this.hold.id, a.request, { idempotencyKey: a.key }));
      } catch {
        // Not this one: try the one before.
      }
    }
    return undefined;
  }
}
