/** The public client API: what elements (and retailers writing their own glue) code against. */
export { AisleClient, type AisleClientOptions, type Fresh } from './client.js';
export { clientFor, mockModeFetch, type ClientConfig } from './shared.js';
// newIdempotencyKey is imported from ./idempotency-key.js itself: a re-export here would pull it
// into the core chunk with this module (scripts/build.mjs).
export { AisleApiError, isAbortError, type AisleApiErrorKind } from './errors.js';
export {
  createRestProvider,
  type RestProvider,
  type RestProviderOptions,
} from './rest-provider.js';
export type { FetchLike } from './transport.js';
export { PROVIDER_METHODS } from './provider.js';
export type {
  AvailabilityProvider,
  AvailabilityQuery,
  ConfirmRequest,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
  RequestOptions,
  StoreQuery,
} from './provider.js';
export type * from './types.js';
