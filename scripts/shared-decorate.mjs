import MagicString from 'magic-string';

/**
 * A Rollup/Vite plugin for the library build: esbuild writes its decorator helper
 * (`__decorateClass`, with `__defProp` and `__getOwnPropDesc`) into every module that uses
 * decorators: each element's file, so each of its chunks. This plugin moves it to one module,
 * `SHARED_DECORATE_ID`, that build.mjs puts in the core chunk, and the modules import it from
 * there: the badge page loads it once instead of once per element. The helper is esbuild's own
 * text, taken from the modules; the build fails if two modules carry different helpers or if a
 * module still refers to the helper's parts once it is gone.
 */
export const SHARED_DECORATE_ID = '\0aisle-decorate-class';

const HELPER =
  /var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = \(decorators, target, key, kind\) => \{\n[\s\S]*?\n\};\n/;

export function sharedDecorate() {
  let helper;
  return {
    name: 'aisle-shared-decorate',
    enforce: 'post',
    resolveId(source) {
      return source === SHARED_DECORATE_ID ? SHARED_DECORATE_ID : null;
    },
    load(id) {
      if (id !== SHARED_DECORATE_ID) return null;
      if (!helper) this.error('shared-decorate: no module carried the decorator helper');
      return `${helper}export { __decorateClass };\n`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('__decorateClass')) return null;
      const found = HELPER.exec(code);
      if (!found) this.error(`shared-decorate: ${id} has an unknown decorator helper`);
      if (helper !== undefined && helper !== found[0]) {
        this.error(`shared-decorate: ${id} has another decorator helper than the others`);
      }
      helper = found[0];
      const rest = code.slice(0, found.index) + code.slice(found.index + found[0].length);
      if (/\b(__defProp|__getOwnPropDesc)\b/.test(rest)) {
        this.error(`shared-decorate: ${id} uses esbuild's helpers for more than decorators`);
      }
      const out = new MagicString(code);
      out.remove(found.index, found.index + found[0].length);
      out.prepend(`import { __decorateClass } from ${JSON.stringify(SHARED_DECORATE_ID)};\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
