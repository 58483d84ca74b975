/**
 * What the online geocoders (BAN, Photon) share: a JSON GET with a timeout and the caller's abort
 * signal, and a GeoJSON reader. Loaded only on pages configured for an online geocoder.
 */
import type { LatLng } from '../client/types.js';
import { GeocodeError } from './geocoder.js';

export interface RequestOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * GETs JSON with a timeout and the caller's abort signal. Rejects with the caller's abort reason
 * on abort, and with a `GeocodeError` for everything else that goes wrong.
 */
export function getJson(url: string, { fetch: fetchFn, timeoutMs, signal }: RequestOptions) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const controller = new AbortController();
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () =>
      finish(() => {
        controller.abort();
        reject(abortError(signal!));
      });
    const timer = setTimeout(
      () =>
        finish(() => {
          controller.abort();
          reject(new GeocodeError('timeout', `No answer within ${timeoutMs} ms`));
        }),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });

    fetchFn(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) {
          throw new GeocodeError(
            'bad-response',
            `HTTP ${response.status} from ${new URL(url).host}`,
            response.status,
          );
        }
        try {
          return (await response.json()) as unknown;
        } catch {
          throw new GeocodeError('bad-response', 'The answer is not JSON');
        }
      })
      .then(
        (body) => finish(() => resolve(body)),
        (error: unknown) =>
          finish(() =>
            reject(
              error instanceof GeocodeError
                ? error
                : new GeocodeError('network', error instanceof Error ? error.message : 'Failed'),
            ),
          ),
      );
  });
}

export interface PointFeature {
  point: LatLng;
  properties: Record<string, unknown>;
}

/**
 * Reads a GeoJSON FeatureCollection of points; features without a usable point are skipped.
 * Anything that is not a FeatureCollection is a `bad-response`.
 */
export function readPointFeatures(body: unknown): PointFeature[] {
  const collection = body as { type?: unknown; features?: unknown } | null;
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw new GeocodeError('bad-response', 'Expected a GeoJSON FeatureCollection');
  const out: PointFeature[] = [];
  for (const f of collection.features as Array<Record<string, unknown> | null>) {
    const geometry = f?.geometry as { type?: unknown; coordinates?: unknown } | undefined;
    const coords = geometry?.coordinates;
    if (geometry?.type !== 'Point' || !Array.isArray(coords)) continue;
    const [lng, lat] = coords as unknown[];
    if (typeof lat !== 'number' || typeof lng !== 'number') continue;
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
      continue;
    const properties = (f?.properties ?? {}) as Record<string, unknown>;
    out.push({ point: { lat, lng }, properties });
  }
  return out;
}

/** A string property, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
