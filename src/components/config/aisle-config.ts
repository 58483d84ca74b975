import { css, html, type TemplateResult } from 'lit';
import { notifyConfigChange } from '../../config/config.js';
import { AisleElement } from '../../internal/aisle-element.js';
import { isPageWide } from '../../internal/config-controller.js';

/**
 * @summary Configuration for the Aisle elements inside it or, left empty, for every Aisle element
 * of the page. Renders nothing of its own: elements placed inside it are shown as if it were not
 * there.
 *
 * Resolution order for each setting of each element: its own attribute, then its
 * `<aisle-config>` ancestors (nearest first), then the first empty `<aisle-config>` on the page
 * (blank blocks a CMS's rich-text field leaves inside, `<p></p>` or `<br>` with no text, id or
 * class, count as empty; one
 * around elements, such as a merchant's widget, applies to those only), then
 * `configure({...})`, then defaults; the first that sets it wins, so a page-wide `mock` reaches
 * elements inside another `<aisle-config>` unless that one says `mock="false"`. Invalid values
 * give one console warning and fall through to the next source.
 *
 * @attr {string} api - Base URL of the availability API (http(s) URL or a path starting with "/").
 * @attr {string} api-key - Sent as `Authorization: Bearer <key>`, only to the `api` given beside it (or under it).
 * @attr {string} locale - Locale when neither the element nor the document has `lang`.
 * @attr {'local' | 'session' | 'none'} persist - Where the shopper's store is remembered:
 * `local` (default), `session`, `none`.
 * @attr {'local' | 'ban' | 'photon'} geocoder - `local` (default, no network), `ban` (French
 * national address API) or `photon`.
 * @attr {boolean | 'false'} mock - Use the built-in mock API (demos, CMS previews); `mock="false"`
 * turns off a page-wide `mock` for what is inside.
 * @attr {'auto' | 'light' | 'dark'} theme - `auto` (default: the page's `color-scheme`), `light` or `dark`.
 *
 * @slot - Elements that get these settings (optional), laid out as if the `<aisle-config>` were
 * not there.
 */
export class AisleConfig extends AisleElement {
  static override styles = [
    css`
      /* No box of its own (a page style cannot give it one): its children lay out in its parent. */
      :host {
        display: contents !important;
      }
    `,
  ];

  /** Whether it was page-wide when last seen (`isPageWide`: nothing but empty blocks inside). */
  #pageWide = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageWide = isPageWide(this);
    notifyConfigChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    notifyConfigChange();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value && this.isConnected) notifyConfigChange();
  }

  /**
   * A merchant's wrapper filled after it was added (or emptied by a CMS refreshing it) becomes, or
   * stops being, page-wide: the elements outside it resolve their settings again.
   */
  #onSlotChange(): void {
    if (this.#pageWide === isPageWide(this)) return;
    this.#pageWide = !this.#pageWide;
    notifyConfigChange();
  }

  protected override render(): TemplateResult {
    return html`<slot @slotchange=${this.#onSlotChange}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-config': AisleConfig;
  }
}
