import './register.js';

export { AisleConfig } from './aisle-config.js';
