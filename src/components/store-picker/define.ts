import { define } from '../../internal/define.js';
import { AisleStorePicker } from './store-picker.js';

define('aisle-store-picker', AisleStorePicker);

export { AisleStorePicker };
