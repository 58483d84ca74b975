#!/usr/bin/env node
/**
 * Fails when the source has a circular import: two modules of src/ that load each other, directly
 * or through others. Only imports that run count: `import type` is erased by the compiler, and a
 * dynamic `import()` loads later, on demand (an element and the helpers that name its class as a
 * type are not a cycle). `npm run lint` runs it; the layers' direction is ESLint's
 * (eslint.config.js, no-restricted-imports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(root, 'src', file));

/** The src/ modules `file` loads when it runs: static imports and re-exports, not types. */
function imports(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  const statement = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (const [, typeOnly, specifier] of text.matchAll(statement)) {
    if (typeOnly) continue;
    const target = join(dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (existsSync(target)) found.push(target);
  }
  return found;
}

const graph = new Map(files.map((file) => [file, imports(file)]));

// Depth-first search; a module met again while still on the path closes a cycle.
const done = new Set();
const path = [];
const cycles = [];
function visit(file) {
  const at = path.indexOf(file);
  if (at >= 0) {
    cycles.push([...path.slice(at), file]);
    return;
  }
  if (done.has(file)) return;
  path.push(file);
  for (const next of graph.get(file) ?? []) visit(next);
  path.pop();
  done.add(file);
}
for (const file of files) visit(file);

if (cycles.length) {
  console.error('check-cycles: circular imports in src/ (break them: move the shared part down):');
  for (const cycle of cycles)
    console.error(`  ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
  process.exit(1);
}
console.log(`check-cycles: no circular imports among ${files.length} modules of src/`);
