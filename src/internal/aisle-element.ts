import { LitElement, type PropertyValues } from 'lit';
import type { AisleConfigValues } from '../config/config.js';
import { CONFIG_ATTRIBUTES } from '../config/config.js';
import { languageOf } from '../i18n/locale.js';
import { commonMessages } from '../i18n/messages/common.js';
import type { Localized } from '../i18n/messages/localized.js';
import type { CommonMessages } from '../i18n/messages/types.js';
import { ConfigController } from './config-controller.js';
import type { AisleEventDetails, AisleEventName } from './events.js';
import { LocalizeController } from './localize-controller.js';
import { tokens } from './tokens.styles.js';

const CONFIG_ATTRIBUTE_NAMES = Object.values(CONFIG_ATTRIBUTES);

/**
 * The base of every Aisle element: shared tokens, resolved configuration, localisation and a typed
 * `emit()`. Configuration attributes (`api`, `api-key`, `locale`, `persist`, `geocoder`, `mock`,
 * `theme`) are accepted on every element and override `<aisle-config>` for that element; an
 * element's own `locale` also comes before the `lang` of its ancestors (not its own `lang`).
 *
 * `M` is the element's message table: the parts it renders, merged once per element module with
 * `localized(...)` and returned by `messages`, so a page only downloads the strings it shows.
 * A subclass that does not override `messages` gets the shared strings (loading, retry, close,
 * errors).
 *
 * @attr {string} lang - This element's language (`en`, `fr`…); else its own `locale`, then the
 * nearest `lang` around it, then the configuration's `locale`.
 *
 * @cssproperty --aisle-color-primary - Buttons, links and the selected store (light #0b57d0).
 * @cssproperty --aisle-color-on-primary - Text on the primary colour.
 * @cssproperty --aisle-color-text - Text.
 * @cssproperty --aisle-color-text-muted - Secondary text (distances, addresses, freshness).
 * @cssproperty --aisle-color-surface - Background.
 * @cssproperty --aisle-color-surface-raised - Raised backgrounds (buttons, notices, the map).
 * @cssproperty --aisle-color-border - Borders.
 * @cssproperty --aisle-color-success - In stock, open.
 * @cssproperty --aisle-color-warning - Low stock, closing soon.
 * @cssproperty --aisle-color-danger - Out of stock, closed, errors.
 * @cssproperty --aisle-color-focus - Focus rings.
 * @cssproperty --aisle-radius - Corner radius (8px).
 * @cssproperty --aisle-space - Base spacing (0.5rem).
 * @cssproperty --aisle-font-size - Base font size (1rem).
 * @cssproperty --aisle-font-family - Font (default: inherited from the page).
 */
export class AisleElement<M extends object = CommonMessages> extends LitElement {
  static override styles = [tokens];

  protected readonly configController = new ConfigController(this);
  protected readonly localize = new LocalizeController(this, () => this.config.locale);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', ...CONFIG_ATTRIBUTE_NAMES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old === value) return;
    if (name === 'lang') this.localize.refresh();
    else if (CONFIG_ATTRIBUTE_NAMES.includes(name)) {
      this.configController.invalidate();
      this.requestUpdate();
    }
  }

  /** This element's resolved configuration. */
  protected get config(): AisleConfigValues {
    return this.configController.value;
  }

  /**
   * The element's message tables, one per language (a module-level `localized(...)`). Override it
   * whenever `M` is more than the shared strings.
   */
  protected get messages(): Localized<M> {
    return commonMessages as Localized<object> as Localized<M>;
  }

  /** Messages in the element's language. */
  protected get msg(): M {
    return this.messages[languageOf(this.locale)];
  }

  /** The element's BCP 47 locale, for `Intl` formatting. */
  protected get locale(): string {
    return this.localize.locale;
  }

  /**
   * Writes the `locale` attribute (null removes it). React 19, Vue and Svelte set a prop as a
   * property when the element has one, so `locale="fr-FR"` lands here: without a setter it threw.
   */
  protected set locale(value: string | null) {
    if (value == null) this.removeAttribute('locale');
    else this.setAttribute('locale', value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncTheme();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.syncTheme();
    this.localize.refresh();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // What renders says its language, so screen readers read it in that language when it is not
    // the page's (`locale` from configuration, no valid `lang` around); where it is the page's too,
    // it is set once (a set with the same value would still wake every element's lang watcher).
    // Not on the host, where it would then win over the configuration.
    for (const child of this.renderRoot.children as HTMLCollectionOf<HTMLElement>)
      if (child.lang !== this.locale) child.lang = this.locale;
  }

  private syncTheme(): void {
    const theme = this.config.theme;
    if (theme === 'auto') this.removeAttribute('data-aisle-theme');
    else if (this.getAttribute('data-aisle-theme') !== theme)
      this.setAttribute('data-aisle-theme', theme);
  }

  /**
   * Fires an Aisle event: bubbling, composed, with `detail.element` set to this instance.
   * Returns false when a listener called `preventDefault()`.
   */
  emit<K extends AisleEventName>(
    name: K,
    detail: Omit<AisleEventDetails[K], 'element'>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent<AisleEventDetails[K]>(name, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail: { ...detail, element: this } as unknown as AisleEventDetails[K],
    });
    return this.dispatchEvent(event);
  }
}
