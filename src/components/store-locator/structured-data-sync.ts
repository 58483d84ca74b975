/**
 * Keeps a locator's schema.org JSON-LD (structured-data.ts) in step with its list. The writer's
 * code is loaded by the first locator with `structured-data`, so other pages never download it.
 */
import type { Store } from '../../client/types.js';
import { loadOnce } from '../../client/load-once.js';

const load = loadOnce(() => import('./structured-data.js'));

/** Writes (or, given no stores, removes) the JSON-LD of `stores()`, read once the code is there. */
export function syncStructuredData(
  host: HTMLElement,
  stores: () => readonly Store[] | undefined,
): void {
  load().then(
    ({ writeStructuredData }) => writeStructuredData(host, stores()),
    () => undefined, // asked again on the next update
  );
}
