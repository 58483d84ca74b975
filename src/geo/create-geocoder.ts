/** Picks a geocoder by the `geocoder` configuration and wires the local fallback. */
import { loadOnce } from '../client/load-once.js';
import type { Store } from '../client/types.js';
import type { OnlineGeocoderOptions } from './ban-geocoder.js';
import {
  DEFAULT_GEOCODER_TIMEOUT_MS,
  GeocodeError,
  type Geocoder,
  type GeocoderName,
} from './geocoder.js';
import { createLocalGeocoder } from './local-geocoder.js';

export interface CreateGeocoderOptions {
  /** The stores the local geocoder matches (and the fallback uses). */
  stores?: readonly Store[];
  /** A fetch to use instead of the page's (tests, proxies). */
  fetch?: typeof fetch;
  /** Per request; past it an online geocoder fails with `timeout` (default 4000). */
  timeoutMs?: number;
  /**
   * What to do when an online geocoder fails or times out: `true` (default) answers from the
   * local geocoder over `stores`, `false` rejects with the `GeocodeError`, or a geocoder to use.
   */
  fallback?: boolean | Geocoder;
  /** Told when a failure was answered by the fallback (to show "address search unavailable"). */
  onFallback?: (error: GeocodeError) => void;
  /** Endpoint override for the online geocoders (self-hosted Photon, the legacy BAN URL). */
  url?: string;
}

/** Wraps an online geocoder so its failures (not aborts) are answered by `fallback`. */
export function withFallback(
  primary: Geocoder,
  fallback: Geocoder,
  onFallback?: (error: GeocodeError) => void,
): Geocoder {
  return {
    name: primary.name,
    minQueryLength: Math.min(primary.minQueryLength, fallback.minQueryLength),
    async suggest(query, options = {}) {
      // Too short for the service but enough for the local matcher ("75").
      if (query.trim().length < primary.minQueryLength) return fallback.suggest(query, options);
      try {
        return await primary.suggest(query, options);
      } catch (error) {
        if (!(error instanceof GeocodeError)) throw error;
        onFallback?.(error);
        return fallback.suggest(query, options);
      }
    },
  };
}

/** Both online services refuse queries shorter than this. */
const ONLINE_MIN_QUERY_LENGTH = 3;

/**
 * A geocoder whose code loads with its first query (online ones: pages on the default local
 * geocoder never download them). A failed load is a `network` error, so the fallback answers,
 * and the next query asks for it again (a browser may keep a failed module load until the page
 * reloads: the local matcher keeps answering then).
 */
export function lazyGeocoder(
  name: GeocoderName,
  minQueryLength: number,
  load: () => Promise<Geocoder>,
): Geocoder {
  const loaded = loadOnce(load);
  return {
    name,
    minQueryLength,
    async suggest(query, options) {
      const geocoder = await loaded().catch((error: unknown) => {
        throw new GeocodeError('network', `The ${name} geocoder could not load: ${String(error)}`);
      });
      return geocoder.suggest(query, options);
    },
  };
}

function onlineGeocoder(name: 'ban' | 'photon', options: OnlineGeocoderOptions): Geocoder {
  return lazyGeocoder(name, ONLINE_MIN_QUERY_LENGTH, () =>
    name === 'ban'
      ? import('./ban-geocoder.js').then((m) => m.createBanGeocoder(options))
      : import('./photon-geocoder.js').then((m) => m.createPhotonGeocoder(options)),
  );
}

export function createGeocoder(name: GeocoderName, options: CreateGeocoderOptions = {}): Geocoder {
  const {
    stores = [],
    fetch: f,
    timeoutMs = DEFAULT_GEOCODER_TIMEOUT_MS,
    fallback = true,
  } = options;
  const local = createLocalGeocoder(stores);
  if (name === 'local') return local;
  const online = onlineGeocoder(name, { url: options.url, fetch: f, timeoutMs });
  if (fallback === false) return online;
  return withFallback(online, fallback === true ? local : fallback, options.onFallback);
}
