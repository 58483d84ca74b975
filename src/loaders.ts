/**
 * How each public tag is loaded: its own entry module, which defines it (and the private
 * elements it renders). Used by the lazy loader (src/aisle.ts).
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  'aisle-config': () => import('./components/config/define.js'),
  'aisle-stock-badge': () => import('./components/stock-badge/define.js'),
  'aisle-reserve-button': () => import('./components/reserve-button/define.js'),
  'aisle-store-locator': () => import('./components/store-locator/define.js'),
};
