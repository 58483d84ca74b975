import { define } from '../../internal/define.js';
import { AisleStoreLocator } from './store-locator.js';

define('aisle-store-locator', AisleStoreLocator);

export { AisleStoreLocator };
