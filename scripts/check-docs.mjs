#!/usr/bin/env node
/**
 * Part of the build: fails when an element's attribute, event, slot, part or CSS custom property
 * used in its code is missing from custom-elements.json (i.e. undocumented in its JSDoc), when a
 * public element is missing from it or not at its package entry's path (dist/npm/<name>.js), or when
 * README.md's element reference is stale (`npm run docs` rewrites it).
 */
import { misplaced, readManifest, readmeWithReference, undocumented } from './docs-lib.mjs';

const manifest = readManifest();
const problems = [...misplaced(manifest), ...undocumented(manifest)];
const { current, next } = await readmeWithReference(manifest);
if (current !== next) {
  problems.push('README.md: the element reference is stale; run `npm run docs` and commit it');
}
if (problems.length) {
  console.error(`check-docs: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-docs: every attribute, event, slot, part and CSS property is documented');
