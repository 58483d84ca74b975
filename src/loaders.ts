/**
 * How each public tag is loaded: its register module, which defines it (and the private elements
 * it renders), not the element's public entry (define.ts): the library build keeps these in the
 * release's chunk folder. Used by the lazy loader (src/aisle.ts).
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  // In the library build this is part of the core chunk: no request of its own.
  'aisle-config': () => import('./components/config/register.js'),
  'aisle-stock-badge': () => import('./components/stock-badge/register.js'),
  'aisle-reserve-button': () => import('./components/reserve-button/register.js'),
  'aisle-store-locator': () => import('./components/store-locator/register.js'),
};
