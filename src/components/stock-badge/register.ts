/**
 * Registers `<aisle-stock-badge>`. The lazy loader (src/loaders.ts) imports this module rather than the entry
 * (define.ts), so the library build puts it in the release's folder with the other chunks
 * (`chunks/<id>/`): a page left open across a release goes on loading its own release's code,
 * never a newer entry that would bring a second copy of the core (its own `configure()`).
 */
import { define } from '../../internal/define.js';
import { AisleStockBadge } from './stock-badge.js';

// The badge's store picker (`<aisle-store-picker>`) is defined when the shopper first opens it.
define('aisle-stock-badge', AisleStockBadge);
