export * from './zoned.js';
export * from './schedule.js';
export * from './format-time.js';
export * from './status.js';
export * from './table.js';
export * from './pickup.js';
