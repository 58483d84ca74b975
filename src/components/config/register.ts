/**
 * Registers `<aisle-config>`. The library build puts this module in the shared `core` chunk, so
 * the configuration element every other element reads is defined as soon as any of them loads,
 * with no request of its own (define.ts is the npm entry that re-exports the class).
 */
import { define } from '../../internal/define.js';
import { AisleConfig } from './aisle-config.js';

define('aisle-config', AisleConfig);
