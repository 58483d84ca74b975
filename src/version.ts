/** The SDK version: package.json's, written by scripts/sync-version.mjs (`npm version`). */
export const VERSION = '0.1.0';
