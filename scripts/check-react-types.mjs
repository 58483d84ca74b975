#!/usr/bin/env node
/**
 * Type-checks README.md's React example ("## Use from React, Vue and Angular"): its ```jsx block
 * (a component using <aisle-stock-badge> and <aisle-reserve-button>) and the ```ts block that
 * declares the tags for JSX, compiled together with the repo's own TypeScript (strict, jsx
 * react-jsx, @types/react) against the built declarations in dist/types, the way an app that
 * installs the package sees them. A fixed checks file then asserts what the README promises: `ref`
 * gets the element or null, properties keep their types (`quantity="3"` is an error), a misspelt
 * name without a dash (`skuu`) is an error, the configuration attributes (`locale`, `api`…)
 * compile on every declared tag and are typed (`theme="blue"` is an error), and each
 * `on…` handler gets its own event (`e.detail.hold` for aisle-hold-created, no `reservation`).
 *
 * Why: these blocks are copied into apps as they are, and nothing else compiles them, so a renamed
 * class, event or detail field would leave the README wrong without a failure. It also fails when
 * the section or either block is missing, so the README cannot drift away from the check.
 *
 * The ```jsx block is JavaScript and stays as written: it is checked as a .jsx file (allowJs,
 * checkJs). Its one adaptation is a JSDoc line typing the component's props, `{ sku: string, name:
 * string }`, written above its first `export function`, because under `strict` untyped
 * destructured props are an error (noImplicitAny) while the handlers' `(e) => …` must stay under
 * it. Run after `npm run build`; the files go to node_modules/.cache/check-react-types/ (ignored),
 * kept after a failure so they can be read. `npm run check:react-types`; run by .ci/run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTION = '## Use from React, Vue and Angular';
const out = join(root, 'node_modules/.cache/check-react-types');
const tsc = join(root, 'node_modules/.bin/tsc');
const started = Date.now();

function fail(message) {
  console.error(`check-react-types: ${message}`);
  process.exit(1);
}

// Every entry's declarations, mapped the way package.json "exports" maps them for an app.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const paths = {};
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.types) continue;
  const file = join(root, target.types);
  if (!existsSync(file)) {
    fail(
      `${target.types} (types of "${pkg.name}${entry.slice(1)}") is missing: run \`npm run build\` first`,
    );
  }
  paths[pkg.name + entry.slice(1)] = [file];
}
if (!existsSync(tsc)) fail('node_modules/.bin/tsc is missing: run `npm install` first');

/** The fenced blocks of README.md's section, each with its language and first line's number. */
function readmeBlocks() {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf(SECTION);
  if (start < 0) fail(`README.md has no "${SECTION}" section`);
  const blocks = [];
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const fence = /^```(\w*)$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) fail(`README.md:${i + 1}: a \`\`\`${fence[1]} block is never closed`);
    blocks.push({ lang: fence[1], line: i + 2, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

function onlyBlock(blocks, lang, what, test = () => true) {
  const found = blocks.filter((block) => block.lang === lang && test(block.text));
  if (found.length !== 1) {
    fail(
      `README.md "${SECTION}" should have one \`\`\`${lang} block ${what}; found ${found.length}`,
    );
  }
  return found[0];
}

const blocks = readmeBlocks();
const component = onlyBlock(blocks, 'jsx', '(the React component)');
const declarations = onlyBlock(
  blocks,
  'ts',
  "declaring the tags for JSX (`declare module 'react'`)",
  (text) => text.includes("declare module 'react'"),
);

const componentLines = component.text.split('\n');
const at = componentLines.findIndex((line) => /^export function \w+\(/.test(line));
if (at < 0) fail(`README.md:${component.line}: the \`\`\`jsx block exports no function component`);
const PROPS = '/** @param {{ sku: string, name: string }} props Typed for the check only. */';
componentLines.splice(at, 0, PROPS);

const CHECKS = `// What the README's JSX declarations promise (written by scripts/check-react-types.mjs).
import type { AisleEvent, AisleStockBadge } from '${pkg.name}';
import { StockAndReserve } from './StockAndReserve.jsx';

/** true only when A and B are the same type (any is equal to nothing else). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export function Checks() {
  return (
    <>
      <StockAndReserve sku="AISLE-0001" name="Trail runner" />
      <aisle-stock-badge
        sku="AISLE-0001"
        className="product-badge"
        style={{ width: '10rem' }}
        ref={(el) => {
          const refIsElementOrNull: Equal<typeof el, AisleStockBadge | null> = true;
          void refIsElementOrNull;
        }}
      />
      <aisle-stock-badge sku="AISLE-0001" quantity={3} />
      {/* @ts-expect-error a misspelt name (no dash) is not a prop of the tag */}
      <aisle-stock-badge skuu="AISLE-0001" />
      {/* @ts-expect-error status is read-only: React would throw setting it */}
      <aisle-stock-badge sku="AISLE-0001" status="in-stock" />
      {/* @ts-expect-error step is read-only too */}
      <aisle-reserve-button sku="AISLE-0001" step="store" />
      {/* @ts-expect-error quantity is a number property: a string must not type-check */}
      <aisle-stock-badge sku="AISLE-0001" quantity="3" />
      {/* The configuration attributes, on every tag the README declares. */}
      <aisle-config api="https://api.example.com/aisle/v1" locale="fr-FR" persist="session" mock>
        <aisle-stock-badge sku="AISLE-0001" locale="fr-FR" theme="dark" geocoder="ban" />
        <aisle-reserve-button sku="AISLE-0001" api="/aisle-api/v1" mock="false" />
        <aisle-store-locator near="48.8566,2.3522" stores={[]} locale="fr-FR" />
      </aisle-config>
      {/* @ts-expect-error theme takes 'auto', 'light' or 'dark' */}
      <aisle-stock-badge sku="AISLE-0001" theme="blue" />
      <aisle-reserve-button
        sku="AISLE-0001"
        onaisle-hold-created={(e) => {
          const holdEvent: Equal<typeof e, AisleEvent<'aisle-hold-created'>> = true;
          void holdEvent;
          void e.detail.hold.id;
          // @ts-expect-error aisle-hold-created's detail has \`hold\`, not \`reservation\`
          void e.detail.reservation;
        }}
        onaisle-reservation-confirmed={(e) => {
          const codeIsString: Equal<typeof e.detail.reservation.code, string> = true;
          void codeIsString;
        }}
      />
    </>
  );
}
`;

const tsconfig = {
  compilerOptions: {
    strict: true,
    jsx: 'react-jsx',
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    // Only what the files import: React's types through the JSX runtime, nothing global.
    types: [],
    // The package's own declarations (and Lit's, React's) are checked too, as a strict app would.
    skipLibCheck: false,
    noEmit: true,
    isolatedModules: true,
    // `import '@aisle/elements'` must resolve, not be skipped as a side-effect import.
    noUncheckedSideEffectImports: true,
    allowJs: true,
    checkJs: true,
    paths,
  },
  files: ['aisle-jsx.ts', 'StockAndReserve.jsx', 'checks.tsx'],
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = {
  'aisle-jsx.ts': { text: declarations.text, readmeLine: (n) => declarations.line + n - 1 },
  'StockAndReserve.jsx': {
    text: componentLines.join('\n'),
    readmeLine: (n) => (n - 1 === at ? null : component.line + n - 1 - (n - 1 > at ? 1 : 0)),
  },
  'checks.tsx': { text: CHECKS, readmeLine: () => null },
};
for (const [name, { text }] of Object.entries(files)) writeFileSync(join(out, name), `${text}\n`);
writeFileSync(join(out, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);

const run = spawnSync(tsc, ['-p', join(out, 'tsconfig.json'), '--pretty', 'false'], {
  cwd: out,
  encoding: 'utf8',
});
if (run.error) fail(`could not run ${tsc}: ${run.error.message}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (run.status !== 0) {
  // Point at README.md's lines where the error is in one of its blocks, and show each line.
  const report = `${run.stdout}${run.stderr}`
    .trimEnd()
    .split('\n')
    .map((line) => {
      const error = /^([^(]+)\((\d+),(\d+)\): (.*)$/.exec(line);
      const file = error && files[error[1]];
      if (!file) return `  ${line}`;
      const n = Number(error[2]);
      const source = file.text.split('\n')[n - 1]?.trim() ?? '';
      const readme = file.readmeLine(n);
      const where = readme
        ? `README.md:${readme}:${error[3]}`
        : `${relative(root, join(out, error[1]))}:${n}:${error[3]}`;
      return `  ${where}: ${error[4]}\n      ${source}`;
    });
  console.error(
    `check-react-types: README.md's React example does not type-check against dist/types ` +
      `(${seconds} s; files in ${relative(root, out)}/):\n${report.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `check-react-types: README.md's React blocks type-check against dist/types, and refs, ` +
    `property types and event details are as it says (${seconds} s)`,
);
