import type { Localized } from './localized.js';
import type { StockMessages } from './types.js';

/** Stock status words, shared by <aisle-stock-badge> and <aisle-store-locator>. */
export const stockMessages: Localized<StockMessages> = {
  en: {
    stockChecking: 'Checking stock…',
    stockInStock: 'In stock',
    stockLow: 'Low stock',
    stockOut: 'Out of stock',
    stockUnknown: 'Stock unknown',
  },
  fr: {
    stockChecking: 'Vérification du stock…',
    stockInStock: 'En stock',
    stockLow: 'Stock faible',
    stockOut: 'En rupture',
    stockUnknown: 'Stock inconnu',
  },
};
