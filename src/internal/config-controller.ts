import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CONFIG_ATTRIBUTES,
  type AisleConfigValues,
  type ConfigInput,
  type ConfigLayer,
  globalConfigLayer,
  onConfigChange,
  resolveConfig,
} from '../config/config.js';
import { composedClosest } from './dom.js';

export const CONFIG_TAG = 'aisle-config';

function attributesLayer(el: Element, source: string): ConfigLayer {
  const values: ConfigInput = {};
  for (const [key, attr] of Object.entries(CONFIG_ATTRIBUTES)) {
    if (el.hasAttribute(attr)) values[key as keyof AisleConfigValues] = el.getAttribute(attr);
  }
  return { source, values };
}

/**
 * Whether an `<aisle-config>` is page-wide: empty, as the quick start and the configurator write
 * it, or holding only the blank blocks a CMS's rich-text field leaves (`<p><br></p>`, `<br>`, with
 * no text, id or class). Anything else inside (a merchant's widget, the placeholder a script fills
 * later, found by its id or class, or what is left of a block whose elements were moved out)
 * makes it apply to what is inside only.
 */
export const isPageWide = (config: Element): boolean =>
  !(config.textContent!.trim() || config.querySelector(':not(p,br),[id],[class]'));

/**
 * The `<aisle-config>` elements that apply to `el`: its `<aisle-config>` ancestors, nearest first,
 * then the first page-wide `<aisle-config>` of its document. One placed around elements, such as
 * a merchant's widget, applies to those only: it never sends the retailer's own elements to its
 * API.
 */
export function configElementsFor(el: Element): Element[] {
  const found = [...composedClosest(el, CONFIG_TAG)].filter((config) => config !== el);
  const pageWide = [...el.ownerDocument.querySelectorAll(CONFIG_TAG)].find(isPageWide);
  if (pageWide && !found.includes(pageWide)) found.push(pageWide);
  return found;
}

/** Resolves configuration for an element: its attributes, `<aisle-config>`, `configure()`, defaults. */
export function resolveElementConfig(el: Element): AisleConfigValues {
  const layers: ConfigLayer[] = [attributesLayer(el, `<${el.localName}>`)];
  for (const config of configElementsFor(el))
    layers.push(attributesLayer(config, `<${CONFIG_TAG}>`));
  layers.push(globalConfigLayer());
  return resolveConfig(layers);
}

const apiOf = (config: AisleConfigValues) => (config.mock ? 'mock' : config.api);
/** The page's API (page-wide `<aisle-config>`, `configure()`, default), worked out once a change. */
let pageApi: string | undefined;
onConfigChange(() => (pageApi = undefined));

/**
 * Which selection of the shopper's store an element uses: the page's ('') when its API is
 * the page's, else its own API's (a merchant widget's, whose store ids mean nothing to the page's).
 */
export function storeScope(config: AisleConfigValues): string {
  const api = apiOf(config);
  return api === (pageApi ??= apiOf(resolveElementConfig(document.documentElement))) ? '' : api;
}

/** Keeps an element's resolved configuration current and re-renders it when that changes. */
export class ConfigController implements ReactiveController {
  private unsubscribe?: () => void;
  private cached?: AisleConfigValues;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The element's resolved configuration. */
  get value(): AisleConfigValues {
    this.cached ??= resolveElementConfig(this.host);
    return this.cached;
  }

  /** Forget the cached value (an attribute of the host changed). */
  invalidate(): void {
    this.cached = undefined;
  }

  hostConnected(): void {
    this.invalidate();
    // Moved (or put back): its settings and language may come from its new place. (Before the
    // first update this is the update already asked for.)
    this.host.requestUpdate();
    this.unsubscribe = onConfigChange(() => {
      this.invalidate();
      // Removed with an <aisle-config> whose callback ran first: no update, so no request.
      if (this.host.isConnected) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
