/**
 * `GET /stores/{id}` held to its question: the store asked for, never another. An API that
 * answers with another store (a cache keyed wrongly) would have the badge say "in stock at" a
 * store that was not looked up, and the reserve dialog show one store, hold at another and send
 * the shopper to a third store's address. Such an answer fails as an invalid response.
 */
import type { AisleClient } from './client.js';
import { AisleApiError } from './errors.js';
import type { Store } from './types.js';

export async function storeById(
  client: AisleClient,
  storeId: string,
  opts: { signal?: AbortSignal },
): Promise<Store> {
  const store = await client.getStore(storeId, opts);
  if (store.id !== storeId) {
    throw new AisleApiError('invalid-response', 'Invalid store in the response: $.id', {
      code: 'invalid_response',
    });
  }
  return store;
}
