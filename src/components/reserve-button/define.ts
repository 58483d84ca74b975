import { define } from '../../internal/define.js';
// The dialog's store step renders the store picker, defined when the dialog first opens.
import { AisleReserveButton } from './reserve-button.js';

define('aisle-reserve-button', AisleReserveButton);

export { AisleReserveButton };
