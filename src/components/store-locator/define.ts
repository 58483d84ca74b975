import './register.js';

export { AisleStoreLocator } from './store-locator.js';
