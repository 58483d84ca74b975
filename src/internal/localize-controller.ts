import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale } from '../i18n/locale.js';
import { closestLang } from './dom.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole light DOM tree: a `lang` change anywhere re-renders every element.
const hosts = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function watchDocument() {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const c of hosts) c.refresh();
  });
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * The element's locale. The locale follows `lang` on the element, then on the
 * nearest ancestor (crossing shadow roots), then the document, then `locale` in configuration.
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
    const shadowHostsLang = closestLang(this.host);
    return pickLocale([shadowHostsLang, document.documentElement.lang, this.configuredLocale()]);
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
    watchDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }
}
