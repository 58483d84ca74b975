import './register.js';

export { AisleStockBadge } from './stock-badge.js';
