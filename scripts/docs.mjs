#!/usr/bin/env node
/** `npm run docs`: rewrites README.md's element reference from custom-elements.json. */
import { writeFileSync } from 'node:fs';
import { readManifest, readmeWithReference } from './docs-lib.mjs';

const { path, current, next } = await readmeWithReference(readManifest());
if (next === current) console.log('docs: README element reference already up to date');
else {
  writeFileSync(path, next);
  console.log('docs: README element reference rewritten');
}
