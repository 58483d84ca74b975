import { define } from '../../internal/define.js';
import { AisleConfig } from './aisle-config.js';

define('aisle-config', AisleConfig);

export { AisleConfig };
