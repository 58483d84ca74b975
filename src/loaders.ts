/**
 * How each public tag is loaded: its own entry module, which defines it (and the private
 * elements it renders). Used by the lazy loader (src/aisle.ts).
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  // In the library build this is part of the core chunk: no request of its own.
  'aisle-config': () => import('./components/config/register.js'),
  'aisle-stock-badge': () => import('./components/stock-badge/define.js'),
  'aisle-reserve-button': () => import('./components/reserve-button/define.js'),
  'aisle-store-locator': () => import('./components/store-locator/define.js'),
};
