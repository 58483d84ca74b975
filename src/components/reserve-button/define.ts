import './register.js';

export { AisleReserveButton } from './reserve-button.js';
