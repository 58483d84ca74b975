/**
 * The shopper's position from the browser, only ever in answer to their own click or key press:
 * a page load never triggers a permission prompt. Failures come back as `LocationError` codes
 * with messages in every locale.
 */
import type { LatLng } from '../client/types.js';
import { languageOf } from '../i18n/locale.js';
import { locationMessages } from '../i18n/messages/location.js';
import type { LocationMessages } from '../i18n/messages/types.js';

export type LocationErrorCode = 'denied' | 'timeout' | 'unavailable' | 'unsupported';

const MESSAGE_KEYS = {
  denied: 'locationDenied',
  timeout: 'locationTimeout',
  unavailable: 'locationUnavailable',
  unsupported: 'locationUnsupported',
} as const satisfies Record<LocationErrorCode, keyof LocationMessages>;

export class LocationError extends Error {
  override readonly name = 'LocationError';
  constructor(readonly code: LocationErrorCode) {
    super(locationMessages.en[MESSAGE_KEYS[code]]);
  }
}

/** The shopper-facing text for a location failure, in `locale`. */
export function locationErrorMessage(code: LocationErrorCode, locale: string): string {
  return locationMessages[languageOf(locale)][MESSAGE_KEYS[code]];
}

/** Event types a browser only marks trusted when a person acted. */
const USER_ACTIONS = new Set(['click', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'touchend']);

/** The part of `Geolocation` this helper uses (tests inject a fake). */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

export interface LocateOptions {
  /** How long the device may take once permission is given (default 10 s). */
  timeoutMs?: number;
  /** Accept a cached position this recent (default 5 min). */
  maximumAgeMs?: number;
  /**
   * Extra time for the permission prompt, which the browser's own timeout does not count: past
   * `timeoutMs + promptMs` the call fails with `timeout` even if the prompt is still open
   * (default 30 s).
   */
  promptMs?: number;
  /** Defaults to `navigator.geolocation`. */
  geolocation?: GeolocationLike;
}

/**
 * Asks for the device's position. Throws a TypeError (a programming error, not a shopper-facing
 * one) unless `event` is a trusted click, key or pointer event.
 */
export function locateFromUserAction(event: Event, options: LocateOptions = {}): Promise<LatLng> {
  if (!event?.isTrusted || !USER_ACTIONS.has(event.type)) {
    return Promise.reject(
      new TypeError('locateFromUserAction needs a trusted click, key or pointer event'),
    );
  }
  const {
    timeoutMs = 10_000,
    maximumAgeMs = 300_000,
    promptMs = 30_000,
    geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation,
  } = options;
  if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
    return Promise.reject(new LocationError('unsupported'));
  }
  return new Promise<LatLng>((resolve, reject) => {
    let done = false;
    const guard = setTimeout(
      () => settle(() => reject(new LocationError('timeout'))),
      timeoutMs + promptMs,
    );
    function settle(fn: () => void) {
      if (done) return;
      done = true;
      clearTimeout(guard);
      fn();
    }
    try {
      geolocation.getCurrentPosition(
        (position) =>
          settle(() => {
            const { latitude: lat, longitude: lng } = position.coords;
            if (Number.isFinite(lat) && Number.isFinite(lng)) resolve({ lat, lng });
            else reject(new LocationError('unavailable'));
          }),
        (error) =>
          settle(() =>
            reject(
              new LocationError(
                error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable',
              ),
            ),
          ),
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: maximumAgeMs },
      );
    } catch {
      // Some embedded browsers throw instead of calling back (e.g. blocked by permissions policy).
      settle(() => reject(new LocationError('unavailable')));
    }
  });
}
