import { define } from '../../internal/define.js';
import { AisleStorePicker } from '../store-picker/store-picker.js';
import { AisleReserveButton } from './reserve-button.js';

// The dialog offers the compact store picker when the shopper has no store yet.
define('aisle-store-picker', AisleStorePicker);
define('aisle-reserve-button', AisleReserveButton);

export { AisleReserveButton };
