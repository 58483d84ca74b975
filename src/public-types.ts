/**
 * The types both entry points export (src/aisle.ts, the lazy loader; src/index.ts, everything
 * eagerly): configuration, events, the data model and the provider interface. Types only.
 */
export type {
  AisleConfigValues,
  ConfigureInput,
  Persist,
  GeocoderName,
  Theme,
} from './config/config.js';
export type * from './internal/events.js';
export type * from './client/types.js';
export type {
  AvailabilityProvider,
  AvailabilityQuery,
  ConfirmRequest,
  FetchLike,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
  RequestOptions,
  StoreQuery,
} from './client/index.js';
