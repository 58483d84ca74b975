import { define } from '../../internal/define.js';
import { AisleStorePicker } from '../store-picker/store-picker.js';
import { AisleStockBadge } from './stock-badge.js';

define('aisle-store-picker', AisleStorePicker);
define('aisle-stock-badge', AisleStockBadge);

export { AisleStockBadge, AisleStorePicker };
