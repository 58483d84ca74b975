/** RFC 9457 problem details with the contract's stable `code`s, titled in English or French. */
import type { Problem } from '../../client/types.js';

export type ProblemCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'not_found'
  | 'store_not_found'
  | 'product_not_found'
  | 'hold_not_found'
  | 'reservation_not_found'
  | 'stock_unavailable'
  | 'slot_unavailable'
  | 'slot_passed'
  | 'pickup_unavailable'
  | 'hold_already_confirmed'
  | 'hold_not_extendable'
  | 'reservation_not_cancellable'
  | 'hold_expired'
  | 'hold_released'
  | 'idempotency_key_missing'
  | 'idempotency_key_reused'
  | 'consent_required'
  | 'rate_limited'
  | 'internal_error'
  | 'service_unavailable';

const TITLES: Record<ProblemCode, [en: string, fr: string]> = {
  invalid_request: ['The request is invalid', 'La requête est invalide'],
  unauthorized: ['Authentication is required', 'Une authentification est requise'],
  not_found: ['No such resource', 'Ressource introuvable'],
  store_not_found: ['Store not found', 'Magasin introuvable'],
  product_not_found: ['Product not found', 'Produit introuvable'],
  hold_not_found: ['Hold not found', 'Réservation temporaire introuvable'],
  reservation_not_found: ['Reservation not found', 'Réservation introuvable'],
  stock_unavailable: ['Not enough stock', 'Stock insuffisant'],
  slot_unavailable: [
    'This pickup slot is not available',
    "Ce créneau de retrait n'est pas disponible",
  ],
  slot_passed: [
    'It is too late for this pickup slot',
    'Il est trop tard pour ce créneau de retrait',
  ],
  pickup_unavailable: ['This store does not offer pickup', 'Ce magasin ne propose pas le retrait'],
  hold_already_confirmed: [
    'This hold is already confirmed',
    'Cette réservation est déjà confirmée',
  ],
  hold_not_extendable: [
    'This hold cannot be extended any further',
    'Cette réservation temporaire ne peut plus être prolongée',
  ],
  reservation_not_cancellable: [
    'This reservation can no longer be cancelled',
    'Cette réservation ne peut plus être annulée',
  ],
  hold_expired: ['The hold has expired', 'La réservation temporaire a expiré'],
  hold_released: ['The hold was released', 'La réservation temporaire a été libérée'],
  idempotency_key_missing: [
    'An Idempotency-Key header is required',
    'L’en-tête Idempotency-Key est requis',
  ],
  idempotency_key_reused: [
    'This Idempotency-Key was used for a different request',
    'Cette clé Idempotency-Key a servi pour une autre requête',
  ],
  consent_required: ['The terms must be accepted', 'Les conditions doivent être acceptées'],
  rate_limited: ['Too many requests', 'Trop de requêtes'],
  internal_error: ['Internal server error', 'Erreur interne du serveur'],
  service_unavailable: ['Service temporarily unavailable', 'Service momentanément indisponible'],
};

const STATUS: Record<ProblemCode, number> = {
  invalid_request: 400,
  idempotency_key_missing: 400,
  unauthorized: 401,
  not_found: 404,
  store_not_found: 404,
  product_not_found: 404,
  hold_not_found: 404,
  reservation_not_found: 404,
  stock_unavailable: 409,
  slot_unavailable: 409,
  slot_passed: 409,
  pickup_unavailable: 409,
  hold_already_confirmed: 409,
  hold_not_extendable: 409,
  reservation_not_cancellable: 409,
  hold_expired: 410,
  hold_released: 410,
  idempotency_key_reused: 422,
  consent_required: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

export const PROBLEM_TYPE_BASE = 'https://www.aisle.example/problems/';

export function statusOf(code: ProblemCode): number {
  return STATUS[code];
}

/** The problem body for a code; `lang` picks French titles when it starts with "fr". */
export function problemBody(
  code: ProblemCode,
  detail?: string,
  lang?: string | null,
  extra: Partial<Problem> = {},
): Problem {
  const [en, fr] = TITLES[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code.replace(/_/g, '-')}`,
    title: lang?.toLowerCase().startsWith('fr') ? fr : en,
    status: STATUS[code],
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

export function problemResponse(
  code: ProblemCode,
  detail?: string,
  lang?: string | null,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(code, detail, lang, extra);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Content-Language': lang?.toLowerCase().startsWith('fr') ? 'fr' : 'en',
      ...headers,
    },
  });
}
