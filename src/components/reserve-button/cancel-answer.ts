/**
 * Cancelling a confirmed reservation, and what the answer means: only an answer saying this
 * reservation is cancelled is believed; a refusal because it was collected or expired meanwhile
 * (409) reads it again, so the dialog can say which.
 */
import { AisleApiError } from '../../client/errors.js';
import type { Reservation } from '../../client/types.js';
import { classifyError, type FlowError } from './flow-errors.js';

export interface CancelApi {
  cancelReservation(reservationId: string): Promise<Reservation>;
  getReservation(reservationId: string): Promise<Reservation>;
}

/** The reservation as it stands after the attempt, and the failure if it was not cancelled. */
export interface CancelOutcome {
  reservation: Reservation;
  failure?: FlowError;
}

export async function cancelReservation(
  api: CancelApi,
  reservation: Reservation,
): Promise<CancelOutcome> {
  try {
    const cancelled = await api.cancelReservation(reservation.id);
    if (cancelled.id !== reservation.id || cancelled.status !== 'cancelled') {
      throw new AisleApiError('invalid-response', 'The answer is not this reservation, cancelled', {
        code: 'invalid_response',
      });
    }
    return { reservation: cancelled };
  } catch (error) {
    const failure = classifyError('cancel', error);
    // As it stood if that read fails too.
    const now =
      failure.reason === 'not_cancellable'
        ? await api
            .getReservation(reservation.id)
            .then((r) => (r.id === reservation.id ? r : reservation))
            .catch(() => reservation)
        : reservation;
    return { reservation: now, failure };
  }
}
