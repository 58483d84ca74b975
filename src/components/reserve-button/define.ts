import { define } from '../../internal/define.js';
// The dialog's store step renders the store picker.
import '../store-picker/define.js';
import { AisleReserveButton } from './reserve-button.js';

define('aisle-reserve-button', AisleReserveButton);

export { AisleReserveButton };
