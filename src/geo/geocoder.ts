/**
 * The geocoder interface (search-box suggestions) and its typed errors. Implementations:
 * local-geocoder.ts, ban-geocoder.ts, photon-geocoder.ts (their shared request helpers are in
 * online.ts); `createGeocoder()` (create-geocoder.ts) picks one by the `geocoder` configuration.
 */
import type { LatLng } from '../client/types.js';
import type { GeocoderName } from '../config/config.js';

export type { GeocoderName };

export type SuggestionKind = 'address' | 'street' | 'postcode' | 'city' | 'store';

export interface Suggestion {
  /** What the search box shows, e.g. "10 Rue de Rivoli 75004 Paris". */
  label: string;
  point: LatLng;
  kind: SuggestionKind;
  postcode?: string;
  city?: string;
  /** For `kind: 'store'`: the store's id. */
  storeId?: string;
}

export interface SuggestOptions {
  /** Aborting rejects with the signal's reason (an `AbortError`), never falls back. */
  signal?: AbortSignal;
  /** Maximum suggestions (default 5). */
  limit?: number;
  /** The shopper's locale (Photon labels follow it where it can). */
  locale?: string;
  /** Rank places near this point first, where the service supports it. */
  near?: LatLng;
}

/**
 * One geocoder. The caller debounces keystrokes and aborts the previous call; queries shorter
 * than `minQueryLength` resolve to [] without a request.
 */
export interface Geocoder {
  readonly name: GeocoderName;
  readonly minQueryLength: number;
  suggest(query: string, options?: SuggestOptions): Promise<Suggestion[]>;
}

export type GeocodeErrorCode = 'network' | 'timeout' | 'bad-response';

export class GeocodeError extends Error {
  override readonly name = 'GeocodeError';
  constructor(
    readonly code: GeocodeErrorCode,
    message: string,
    /** HTTP status when the service answered with an error status. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export const DEFAULT_SUGGESTION_LIMIT = 5;
export const DEFAULT_GEOCODER_TIMEOUT_MS = 4000;
