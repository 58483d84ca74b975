export { localized, type Localized } from './localized.js';
export type * from './types.js';
