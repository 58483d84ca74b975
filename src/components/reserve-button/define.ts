import { define } from '../../internal/define.js';
import { AisleReserveButton } from './reserve-button.js';

define('aisle-reserve-button', AisleReserveButton);

export { AisleReserveButton };
