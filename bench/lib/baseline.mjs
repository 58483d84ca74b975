/**
 * What the before/after benchmarks share: the code of an older commit next to this tree's
 * node_modules, and one Vite dev server over the repository for both pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, 'bench/.baseline');

/**
 * Extracts `src/` of `commit` (`git archive`) into bench/.baseline/, with a copy of the bench's
 * page `bench/<name>.html` that loads that source and this tree's `bench/<name>-page.ts`.
 * Returns a function that removes the folder again.
 */
export function extractBaseline(commit, name) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const tar = execFileSync('git', ['archive', commit, 'src'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', folder], { input: tar });
  writeFileSync(
    join(folder, `${name}.html`),
    readFileSync(join(root, `bench/${name}.html`), 'utf8')
      .replaceAll('../src/', './src/')
      .replace(`./${name}-page.ts`, `../${name}-page.ts`),
  );
  return () => rmSync(folder, { recursive: true, force: true });
}

/**
 * A Vite dev server over the repository on `port` (or the next free one), serving Lit's
 * production build as pages get it (its development build checks every binding). Returns the
 * server and the URLs of the page `bench/<name>.html` now and at the baseline.
 */
export async function benchServer(port, name) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    server: { port, strictPort: false, host: '127.0.0.1' },
    resolve: { conditions: ['module', 'browser', 'production'] },
  });
  await server.listen();
  const base = `http://127.0.0.1:${server.config.server.port}`;
  return {
    server,
    urls: { before: `${base}/bench/.baseline/${name}.html`, after: `${base}/bench/${name}.html` },
  };
}
