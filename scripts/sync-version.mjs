#!/usr/bin/env node
/**
 * src/version.ts follows package.json's version: the version each copy of Aisle registers its
 * elements with, and the one a second copy on the page is compared with (two builds that say the
 * same version are taken for the same code).
 *
 * - `npm version <patch|minor|major|x.y.z>` runs this (package.json's "version" script), which
 *   writes src/version.ts and stages it, so the version commit and tag carry both.
 * - `--check` (run first by `npm run build`) fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}src/version.ts`;

export const versionSource = (version) =>
  `/** The SDK version: package.json's, written by scripts/sync-version.mjs (\`npm version\`). */\nexport const VERSION = '${version}';\n`;

export function checkVersion() {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  if (readFileSync(file, 'utf8') !== versionSource(version)) {
    throw new Error(
      `src/version.ts does not say package.json's version ${version}: run \`node scripts/sync-version.mjs\``,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) checkVersion();
  else {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    writeFileSync(file, versionSource(version));
    console.log(`src/version.ts: ${version}`);
  }
}
