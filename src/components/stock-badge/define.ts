import { define } from '../../internal/define.js';
import { AisleStockBadge } from './stock-badge.js';

// The badge's store picker (`<aisle-store-picker>`) is defined when the shopper first opens it.
define('aisle-stock-badge', AisleStockBadge);

export { AisleStockBadge };
