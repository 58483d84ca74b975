/**
 * A Rollup output plugin for the ES build: the chunks go in one folder named by the release,
 * `chunks/<id>/core.js`, `chunks/<id>/define-2.js`…, rather than each with a hash of its own
 * (`chunks/core-CsIC9q.js`). A chunk's name is written into every file that loads it, where
 * random characters do not compress: now only the entries (`aisle.js`, `stock-badge.js`…) name
 * the folder, and the chunks load each other as `./core.js`. Over 30 random ids, the default
 * locator page came to 56,255 bytes on average (56,245 to 56,277) against 56,330 (56,266 to
 * 56,420) with a hash per chunk, and the badge page to 26,392 against 26,426.
 *
 * The id (six characters) is a hash of every chunk's code with the names steadied, so it changes
 * whenever any chunk does, and a release never serves a new loader with an old chunk from a
 * cache. The price: a release that changes one chunk renames them all, and a returning shopper
 * downloads them again (a release of Aisle touches the core chunk nearly always anyway).
 *
 * Rollup's own names stay unique through their hash; without it, names that collide get a
 * number: `define`, `define-2`, `define-3`, in the order of their Rollup hashes, so the same
 * build gives the same names. The hidden source maps follow their chunk (their `sources` one
 * folder deeper). Runs after every other output plugin (last in the list): it rewrites the
 * finished code.
 */
import { createHash } from 'node:crypto';

/** Rollup's name for a chunk: `chunks/<name>-<hash>.js`. */
const ROLLUP_NAME = /^chunks\/([a-z][\w-]*?)-([\w-]{6})\.js$/;

/**
 * The code with the release id steadied (`./chunks/Q3x_9a/core.js` as `./chunks/000000/core.js`),
 * and Rollup's hashes too (`./core-CsIC9q.js` as `./core-000000.js`): what the release id hashes,
 * and what scripts/size.mjs's ratchets compare.
 */
export const steadyNames = (code) =>
  code
    .replace(/\bchunks\/[\w-]{6}\//g, 'chunks/000000/')
    .replace(/(["'/])([a-z][\w-]*?)-[\w-]{6}\.js\b/g, '$1$2-000000.js');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function releaseNames() {
  return {
    name: 'aisle-release-names',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk' && ROLLUP_NAME.test(c.fileName))
        .sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
      if (!chunks.length) return;
      const hash = createHash('sha256');
      for (const chunk of chunks)
        hash.update(steadyNames(chunk.fileName)).update(steadyNames(chunk.code));
      const id = hash.digest('base64url').slice(0, 6);

      // Rollup's base name ("core-CsIC9q.js") to the chunk's name in the release ("core.js").
      const renamed = new Map();
      const taken = new Set();
      for (const chunk of chunks) {
        const [, name] = ROLLUP_NAME.exec(chunk.fileName);
        let unique = name;
        for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
        taken.add(unique);
        renamed.set(chunk.fileName.slice('chunks/'.length), `${unique}.js`);
      }
      const old = new RegExp(`\\b(${[...renamed.keys()].map(escape).join('|')})`, 'g');
      // A chunk names its neighbours in the folder; an entry names the folder too.
      const inChunk = (text) => text.replace(old, (base) => renamed.get(base));
      const inEntry = (text) => text.replace(old, (base) => `${id}/${renamed.get(base)}`);
      const newName = (file) =>
        file.startsWith('chunks/') ? `chunks/${inEntry(file.slice(7))}` : file;

      for (const file of Object.keys(bundle)) {
        const item = bundle[file];
        const chunkFile = file.startsWith('chunks/');
        const rename = chunkFile ? inChunk : inEntry;
        if (item.type === 'chunk') {
          item.code = rename(item.code);
          item.imports = item.imports.map(newName);
          item.dynamicImports = item.dynamicImports.map(newName);
          if (item.map && chunkFile) {
            item.map.file = inChunk(item.map.file);
            item.map.sources = item.map.sources.map((s) => `../${s}`);
          }
        } else if (file.endsWith('.js.map') && typeof item.source === 'string' && chunkFile) {
          const map = JSON.parse(item.source);
          map.file = inChunk(map.file);
          map.sources = map.sources.map((s) => `../${s}`);
          item.source = JSON.stringify(map);
        }
        const next = newName(file);
        if (next !== file) {
          item.fileName = next;
          delete bundle[file];
          bundle[next] = item;
        }
      }
    },
  };
}
