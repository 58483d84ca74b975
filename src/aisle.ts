/**
 * dist/aisle.js, the one script a page needs. It registers every Aisle element lazily: each tag
 * is defined, by importing its own chunk from the same base URL, when it first appears in the
 * document (now or later). A page with only badges never downloads or runs the locator or the
 * reserve button. Tags inside your own shadow roots: call `discover(shadowRoot)` once.
 *
 * For bundlers, `@aisle/elements/all` registers everything eagerly, and each element has its own
 * entry (`@aisle/elements/stock-badge`, ...).
 */
import { ELEMENT_LOADERS } from './loaders.js';

export { configure, DEFAULT_CONFIG } from './config/config.js';
export { VERSION } from './version.js';
// For a retailer's own provider (`configure({ provider })`): the errors it throws tell the elements
// what failed (README, "Your own back end").
export { AisleApiError } from './client/errors.js';
export type * from './public-types.js';
// The element classes as types only (nothing more is loaded): `document.querySelector(
// 'aisle-stock-badge')` is typed as the element, with this entry alone.
export type { AisleConfig } from './components/config/aisle-config.js';
export type { AisleStockBadge } from './components/stock-badge/stock-badge.js';
export type { AisleReserveButton } from './components/reserve-button/reserve-button.js';
export type { AisleStoreLocator } from './components/store-locator/store-locator.js';

const TAGS = Object.keys(ELEMENT_LOADERS);
const SELECTOR = TAGS.join(',');
const requested = new Map<string, Promise<void>>();

/**
 * Loads and defines one Aisle tag (no-op when it is already defined, by this copy or another).
 * Resolves when the tag is defined.
 */
export function load(tag: string): Promise<void> {
  const loader = ELEMENT_LOADERS[tag];
  if (!loader) return Promise.reject(new Error(`[aisle] unknown element <${tag}>`));
  let pending = requested.get(tag);
  if (!pending) {
    pending = customElements.get(tag)
      ? Promise.resolve()
      : loader().then(
          () => undefined,
          (error: unknown) => {
            requested.delete(tag);
            console.error(`[aisle] could not load <${tag}>`, error);
            retrySoon();
            throw error;
          },
        );
    requested.set(tag, pending);
  }
  return pending;
}

let retries = 0;

/**
 * After a tag's code failed to load (a dropped request), tries the tags on the page again when
 * the browser is back online, or a few seconds later (after 5, 10, then 15 s; then it stops):
 * the import helper asks under a new URL, so the browser's kept failure does not stand in the
 * way. Both may fire: a tag already on its way again is not asked for twice.
 */
function retrySoon(): void {
  if (retries++ > 2) return;
  const again = () => void defineIn(document);
  addEventListener('online', again, { once: true });
  setTimeout(again, retries * 5000);
}

const told = new WeakSet<Element>();

/**
 * Defines every Aisle tag used in `root` now. When a tag's code cannot be loaded, each of its
 * elements fires `aisle-error` (code `load_failed`) once, for the page's analytics and fallbacks;
 * it is retried meanwhile.
 */
function defineIn(root: ParentNode): Promise<void> {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && TAGS.includes(root.localName)) found.push(root);
  const tags = new Set(found.map((el) => el.localName));
  return Promise.all(
    [...tags].map((tag) =>
      load(tag).catch(() => {
        for (const element of found) {
          if (element.localName !== tag || told.has(element)) continue;
          told.add(element);
          const detail = { element, code: 'load_failed', message: `could not load <${tag}>` };
          element.dispatchEvent(
            new CustomEvent('aisle-error', { bubbles: true, composed: true, detail }),
          );
        }
      }),
    ),
  ).then(() => undefined);
}

/** Every tag requested: nothing left to watch for. */
function allRequested(): boolean {
  return TAGS.every((tag) => requested.has(tag) || customElements.get(tag));
}

/** Defines the Aisle tags added to `root` later, until every tag is defined. */
function watch(root: Node): void {
  if (allRequested()) return;
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === 1) void defineIn(node as Element);
      }
    }
    if (allRequested()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Defines every Aisle tag used in `root` (the document by default, or a shadow root), and those
 * added to it later: call it once per shadow root.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const defined = defineIn(root);
  watch(root);
  return defined;
}

if (typeof document !== 'undefined') void discover();
