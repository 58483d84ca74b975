import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../client/errors.js';
import { clientFor, mockModeFetch } from '../../client/index.js';
import type { LatLng, Store } from '../../client/types.js';
import type { AisleConfigValues } from '../../config/config.js';
import { createGeocoder } from '../../geo/create-geocoder.js';
import {
  locateFromUserAction,
  LocationError,
  locationErrorMessage,
  type LocationErrorCode,
} from '../../geo/locate.js';
import { storesAround } from '../../geo/stores-around.js';
import { searchInTurn } from '../../geo/text.js';
import { formatDistance } from '../../i18n/format.js';
import { AisleElement } from '../../internal/aisle-element.js';
import type { PickerOwner } from './picker-loader.js';
import { messages, type PickerElementMessages } from './messages.js';
import styles from './store-picker.styles.js';

/** What the shopper asked for: a typed place, or their position. */
type PickerRequest = { kind: 'text'; text: string } | { kind: 'point'; point: LatLng };

interface PickerResult {
  stores: Store[];
  /** The online address search failed and the API's own town/postcode match was used. */
  fellBack: boolean;
  /** Found by the API's own match on names, towns and postcodes: no place, no distances. */
  matched?: boolean;
}

const RESULTS = 5;
const RADIUS_KM = 100;

/** Each store once: an API may list one twice. */
const once = (stores: Store[]) =>
  stores.filter((s, i) => stores.findIndex((t) => t.id === s.id) === i);

/** Fired (not composed) when the shopper chooses a store. */
export class StorePickedEvent extends Event {
  constructor(readonly store: Store) {
    super('store-picked', { bubbles: false, composed: false });
  }
}

/**
 * @summary A compact store chooser: search by postcode, city or address, or "use my location"
 * (asked only after a click). Used inside the stock badge; fires `store-picked` to its owner,
 * which sets the shopper's store.
 *
 * @fires store-picked - The shopper chose a store (`event.store`); private to the owner: it
 *   neither bubbles nor crosses shadow roots.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart results - The list of stores.
 */
export class AisleStorePicker extends AisleElement<PickerElementMessages> {
  static override styles = [...AisleElement.styles, styles];

  protected override get messages() {
    return messages;
  }

  /**
   * The element that shows this picker (the badge, the reserve dialog) lends it its settings and
   * its client: the search goes where that element's own requests go, with its attributes, and
   * with its own copy's `configure()` when two copies of Aisle share the page.
   */
  @property({ attribute: false }) owner?: PickerOwner;

  protected override get config(): AisleConfigValues {
    return this.owner?.config ?? super.config;
  }

  /** The search field (rendered from the first update on). */
  get #input() {
    return this.renderRoot.querySelector('input');
  }

  @state() private request?: PickerRequest;
  /** Why "use my location" failed: the browser's reason (denied, timeout…), else 'failed'. */
  @state() private locationError?: LocationErrorCode | 'failed';
  /** Waiting for the device's position (up to 40 s with the permission prompt). */
  @state() private locating = false;

  private readonly search = new Task(this, {
    task: async ([request, api, apiKey, locale, geocoder, mock, lent], { signal }) => {
      if (!request) return undefined;
      const client = lent ?? clientFor({ api, apiKey, locale, mock });
      const near = { limit: RESULTS, radiusKm: RADIUS_KM };
      // Held to the question whatever the API answers (geo/stores-around.ts).
      const around = async (point: LatLng) =>
        storesAround(
          await client.searchStores({ ...near, near: point }, { signal }),
          point,
          RADIUS_KM,
        ).slice(0, RESULTS);
      if (request.kind === 'point') {
        return { stores: await around(request.point), fellBack: false } satisfies PickerResult;
      }
      let fellBack = false;
      if (geocoder !== 'local') {
        try {
          const [place] = await createGeocoder(geocoder, {
            fallback: false,
            ...(mock ? { fetch: mockModeFetch } : {}),
          }).suggest(request.text, {
            signal,
            limit: 1,
            locale,
          });
          if (place) return { stores: await around(place.point), fellBack } satisfies PickerResult;
        } catch (error) {
          if (isAbortError(error) || signal.aborted) throw error;
          fellBack = true;
        }
      }
      // The API matches its own stores' names, towns and postcodes: no third party involved.
      // Nothing for "St Etienne" or "12 rue X, Lyon": "saint etienne", then "Lyon".
      const [stores] = await searchInTurn(request.text, async (q) =>
        once(await client.searchStores({ q, limit: RESULTS }, { signal })).slice(0, RESULTS),
      );
      return { stores, fellBack, matched: true } satisfies PickerResult;
    },
    args: () =>
      [
        this.request,
        this.config.api,
        this.config.apiKey,
        this.locale,
        this.config.geocoder,
        this.config.mock,
        this.owner?.client,
      ] as const,
  });

  override firstUpdated(): void {
    this.#input?.focus();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.#input?.value.trim() ?? '';
    if (!text) {
      this.#input?.focus();
      return;
    }
    this.locationError = undefined;
    this.request = { kind: 'text', text };
  }

  private async onLocate(event: Event): Promise<void> {
    if (this.locating) return; // the button keeps the focus while locating (aria-disabled)
    this.locating = true;
    this.locationError = undefined;
    try {
      const point = await locateFromUserAction(event);
      this.request = { kind: 'point', point };
    } catch (error) {
      this.locationError = error instanceof LocationError ? error.code : 'failed';
    } finally {
      this.locating = false;
    }
  }

  private choose(store: Store): void {
    this.dispatchEvent(new StorePickedEvent(store));
  }

  /**
   * What the status region says: loading, then how many stores were found. Nothing before a
   * search: the task's first run (no request) is pending for a moment as the picker appears, and
   * a "Loading…" then would be said again after the stand-in's (picker-loader.ts), or with
   * nothing loading at all when the picker's code was already there.
   */
  private statusText(result: PickerResult | undefined): string {
    if (this.search.status === TaskStatus.PENDING) return this.request ? this.msg.loading : '';
    if (!result) return '';
    const count = result.matched ? this.msg.pickerMatches : this.msg.pickerResults;
    return result.stores.length ? count(result.stores.length) : this.msg.pickerNoResults;
  }

  private renderResults({ stores }: PickerResult) {
    if (!stores.length) return nothing;
    return html`<ul part="results">
      ${stores.map(
        (store) =>
          html`<li>
            <button type="button" @click=${() => this.choose(store)}>
              <span class="name"
                ><span class="visually-hidden">${this.msg.pickerChoose} </span>${store.name}</span
              >
              <span class="meta"
                >${`${store.address.postalCode} ${store.address.city}`}${
                  store.distanceKm !== undefined
                    ? html` · ${formatDistance(this.locale, store.distanceKm)}`
                    : nothing
                }</span
              >
            </button>
          </li>`,
      )}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const msg = this.msg;
    const result = this.search.status === TaskStatus.COMPLETE ? this.search.value : undefined;
    return html`
      <form part="form" role="search" aria-label=${msg.pickerTitle} @submit=${this.onSubmit}>
        <label for="q">${msg.pickerSearchLabel}</label>
        <div class="row">
          <input
            id="q"
            part="input"
            type="search"
            autocomplete="postal-code"
            enterkeyhint="search"
            required
          />
          <button type="submit">${msg.pickerSearch}</button>
        </div>
        <button type="button" class="locate" aria-disabled=${this.locating} @click=${this.onLocate}>
          ${this.locating ? msg.pickerLocating : msg.pickerUseLocation}
        </button>
      </form>
      ${
        this.locationError
          ? html`<p class="note" role="alert">
              ${
                this.locationError === 'failed'
                  ? msg.pickerLocationFailed
                  : locationErrorMessage(this.locationError, this.locale)
              }
            </p>`
          : nothing
      }
      ${result?.fellBack ? html`<p class="note">${msg.pickerFellBack}</p>` : nothing}
      <!-- Always there, so screen readers announce its text as it changes. -->
      <p class="count" role="status">${this.statusText(result)}</p>
      ${this.search.render({
        complete: (found) => (found ? this.renderResults(found) : nothing),
        error: (error) =>
          isAbortError(error) ? nothing : html`<p class="note" role="alert">${msg.pickerError}</p>`,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-store-picker': AisleStorePicker;
  }
}
