/**
 * Aisle: the one module a page needs. Importing it registers every element.
 * (`@aisle/elements/all`.) Each element can also be imported on its own:
 * `@aisle/elements/stock-badge`, `/store-locator`, `/reserve-button`, `/config`.
 */
export { AisleConfig } from './components/config/define.js';
export { AisleStockBadge } from './components/stock-badge/define.js';
export { AisleStorePicker } from './components/store-picker/define.js';
export { AisleReserveButton } from './components/reserve-button/define.js';
export { AisleStoreLocator } from './components/store-locator/define.js';
export { configure, DEFAULT_CONFIG } from './config/config.js';
export { AisleElement } from './internal/aisle-element.js';
export { define } from './internal/define.js';
export { VERSION } from './version.js';
export { AisleApiError, isAbortError, createRestProvider } from './client/index.js';
export { newIdempotencyKey } from './client/idempotency-key.js';
export type { AisleApiErrorKind } from './client/index.js';
export type * from './public-types.js';
