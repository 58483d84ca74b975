/**
 * The package's public entry points: `dist/<name>.js` for pages (and `dist/npm/<name>.js` for
 * bundlers, what package.json's `export` names) with their declarations in
 * `dist/types/<types>`. scripts/build.mjs builds them,
 * scripts/size.mjs measures them, test/dist checks package.json against this list.
 */
export const ENTRIES = [
  // The one script a page needs: lazy registration of every tag, configure(), types.
  { name: 'aisle', source: 'src/aisle.ts', types: 'aisle.d.ts', export: '.' },
  // Everything, registered eagerly (what aisle.iife.js holds), for bundlers that want it all.
  { name: 'all', source: 'src/index.ts', types: 'index.d.ts', export: './all' },
  {
    name: 'config',
    source: 'src/components/config/define.ts',
    types: 'components/config/define.d.ts',
    export: './config',
  },
  {
    name: 'stock-badge',
    source: 'src/components/stock-badge/define.ts',
    types: 'components/stock-badge/define.d.ts',
    export: './stock-badge',
  },
  {
    name: 'store-locator',
    source: 'src/components/store-locator/define.ts',
    types: 'components/store-locator/define.d.ts',
    export: './store-locator',
  },
  {
    name: 'reserve-button',
    source: 'src/components/reserve-button/define.ts',
    types: 'components/reserve-button/define.d.ts',
    export: './reserve-button',
  },
];

/**
 * The public elements: one per entry built from src/components/<folder>/define.ts, tag
 * `aisle-<folder>`, defined by `dist/npm/<entry>.js` (the module custom-elements.json names).
 * Elements without an entry of their own (the store picker) are private.
 */
export const PUBLIC_ELEMENTS = ENTRIES.filter((e) =>
  /^src\/components\/[\w-]+\/define\.ts$/.test(e.source),
).map((e) => {
  const folder = e.source.split('/')[2];
  return {
    tag: `aisle-${folder}`,
    source: `src/components/${folder}`,
    module: `dist/npm/${e.name}.js`,
  };
});
