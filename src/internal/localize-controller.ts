import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale } from '../i18n/locale.js';
import { closestLang } from './dom.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the light DOM and every shadow root an element sits in: a `lang` change
// anywhere re-renders every element.
const hosts = new Set<LocalizeController>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(target: Node) {
  if (watched.has(target)) return;
  watched.add(target);
  observer ??= new MutationObserver(() => {
    for (const c of hosts) c.refresh();
  });
  observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Watches the document and the shadow roots on the way from `el` up to it. */
function watchAround(el: Element) {
  if (typeof MutationObserver === 'undefined') return;
  let root = el.getRootNode();
  for (; root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
  watch(document.documentElement);
}

/**
 * The element's locale. The locale follows `lang` on the element, then its own `locale`
 * attribute (an editor's choice for this element), then `lang` on the nearest ancestor (crossing
 * shadow roots), then the document, then `locale` in configuration (`<aisle-config>`,
 * `configure()`).
 */
export class LocalizeController implements ReactiveController {
  private current = '';

  constructor(
    private readonly host: Host,
    private readonly configuredLocale: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The BCP 47 locale used for formatting, e.g. "fr-FR". */
  get locale(): string {
    const { host } = this;
    return pickLocale([
      host.lang,
      host.getAttribute('locale'),
      closestLang(host),
      document.documentElement.lang,
      this.configuredLocale(),
    ]);
  }

  /** Re-render the host if its locale changed. */
  refresh(): void {
    const next = this.locale;
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.current = this.locale;
    hosts.add(this);
    watchAround(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }
}
