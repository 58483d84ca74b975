/**
 * The locator's template, apart from the element's logic: search row, filters, the list in each
 * state (prompt, loading, results, empty, error) and the map pane.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { LatLng, Store } from '../../client/types.js';
import { formatDistance } from '../../i18n/format.js';
import { browserOffline } from '../../internal/dom.js';
import type { LocatorElementMessages as Messages } from './messages.js';
import type { StockSummary } from './ranking.js';
import type { SearchCombobox } from './search-combobox.js';
import { storeCard } from './store-card.js';

export interface LocatorActions {
  useLocation: (event: Event) => void;
  widen: () => void;
  clearFilters: () => void;
  retry: () => void;
  setOpenNow: (on: boolean) => void;
  setStockFirst: (on: boolean) => void;
  toggleService: (service: string, on: boolean) => void;
  setView: (view: 'list' | 'map') => void;
  retryMap: () => void;
  select: (store: Store) => void;
  makeMyStore: (store: Store) => void;
}

export interface LocatorViewState {
  msg: Messages;
  locale: string;
  search: SearchCombobox;
  locating: boolean;
  notice: string | undefined;
  origin: { point: LatLng; label?: string | undefined; mine?: boolean | undefined } | undefined;
  radiusKm: number;
  /** Whether the result count is said when it changes, or only shown. */
  live: 'off' | 'polite';
  status: TaskStatus;
  ranked: readonly Store[];
  skus: readonly string[];
  stock: ReadonlyMap<string, StockSummary> | undefined;
  stockPending: boolean;
  stockFirst: boolean;
  openNow: boolean;
  services: readonly string[];
  chosenServices: readonly string[];
  selectedId: string | undefined;
  myStoreId: string | null;
  noMap: boolean;
  /** The map's code could not be loaded. */
  mapFailed: boolean;
  view: 'list' | 'map';
  actions: LocatorActions;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

function renderFilters(v: LocatorViewState) {
  const { msg, actions } = v;
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${msg.locatorFilters}</legend>
    <label class="filter"
      ><input
        type="checkbox"
        name="open-now"
        .checked=${v.openNow}
        @change=${(e: Event) => actions.setOpenNow(checked(e))}
      />${msg.locatorOpenNow}</label
    >
    ${v.services.map(
      (s) =>
        html`<label class="filter"
          ><input
            type="checkbox"
            name="service"
            value=${s}
            .checked=${v.chosenServices.includes(s)}
            @change=${(e: Event) => actions.toggleService(s, checked(e))}
          />${msg.locatorService(s)}</label
        >`,
    )}
    ${
      v.skus.length
        ? html`<label class="filter"
            ><input
              type="checkbox"
              name="stock-first"
              .checked=${v.stockFirst}
              @change=${(e: Event) => actions.setStockFirst(checked(e))}
            />${msg.locatorInStockFirst}</label
          >`
        : nothing
    }
  </fieldset>`;
}

/** Nothing found: with filters on, they are the likelier cause, so the sentence says so. */
const filtered = (v: LocatorViewState) => v.openNow || v.chosenServices.length > 0;
const noneFound = (v: LocatorViewState, radius: string) =>
  filtered(v) ? v.msg.locatorNoMatch(radius) : v.msg.locatorNoResults(radius);

/**
 * The live line: "Loading…", the count, or why nothing was found. While the list shows that
 * state itself (loading, empty), the line is only heard, not shown twice.
 */
function statusText(v: LocatorViewState): string {
  const radius = formatDistance(v.locale, v.radiusKm);
  switch (v.status) {
    case TaskStatus.PENDING:
      return v.msg.loading;
    case TaskStatus.COMPLETE:
      return v.ranked.length ? v.msg.locatorResults(v.ranked.length, radius) : noneFound(v, radius);
    default: // an error is said once, by its alert below
      return '';
  }
}

/** What failed (the stores, the map's code), why when the browser is offline, and "Try again". */
function failure(msg: Messages, text: string, retry: () => void): TemplateResult {
  return html`<div class="error" part="error">
    <p role="alert">${text}</p>
    ${browserOffline() ? html`<p>${msg.errorOffline}</p>` : nothing}
    <button type="button" part="retry" @click=${retry}>${msg.retry}</button>
  </div>`;
}

function renderList(v: LocatorViewState) {
  const { msg, actions } = v;
  const now = new Date();
  switch (v.status) {
    case TaskStatus.INITIAL:
      return html`<p class="prompt" part="prompt">${msg.locatorPrompt}</p>`;
    case TaskStatus.ERROR:
      return failure(msg, msg.locatorError, actions.retry);
    case TaskStatus.PENDING:
      if (v.ranked.length === 0) return html`<p class="loading" part="loading">${msg.loading}</p>`;
      break;
    default:
      if (v.ranked.length === 0) {
        return html`<div class="empty" part="empty">
          <p>${noneFound(v, formatDistance(v.locale, v.radiusKm))}</p>
          ${
            filtered(v)
              ? html`<button type="button" part="clear-filters" @click=${actions.clearFilters}>
                  ${msg.locatorClearFilters}
                </button>`
              : nothing
          }
          ${
            v.radiusKm < 2e4 // the contract's largest radius: nowhere wider to search
              ? html`<button type="button" part="widen" @click=${actions.widen}>
                  ${msg.locatorWiden(formatDistance(v.locale, v.radiusKm * 2))}
                </button>`
              : nothing
          }
        </div>`;
      }
  }
  return html`<ol class="results" part="results" aria-busy=${v.status === TaskStatus.PENDING}>
    ${v.ranked.map(
      (store) =>
        html`<li>
          ${storeCard(store, {
            msg,
            locale: v.locale,
            now,
            skus: v.skus,
            stock: v.stock?.get(store.id),
            stockPending: v.stockPending,
            selected: store.id === v.selectedId,
            isMyStore: store.id === v.myStoreId,
            selectable: !v.noMap,
            onSelect: actions.select,
            onMakeMyStore: actions.makeMyStore,
          })}
        </li>`,
    )}
  </ol>`;
}

export function renderLocatorBody(v: LocatorViewState): TemplateResult {
  const { msg, actions } = v;
  // Store names are h3: the list always has its h2 above them (WCAG 1.3.1, heading order).
  const statusClass = v.ranked.length ? 'status' : 'status visually-hidden';
  const heading = v.origin?.label
    ? msg.locatorStoresNear(v.origin.label)
    : v.origin?.mine
      ? msg.locatorStoresNearYou
      : v.ranked.length
        ? msg.locatorStores
        : undefined;
  // A failed typed search while the list shows the stores' error: that error and its "Try again"
  // (which asks for the place first) say it once. Another notice (location refused) still shows.
  const notice =
    v.status === TaskStatus.ERROR && v.notice === msg.locatorError ? undefined : v.notice;
  return html`
    <div class="search" part="search" role="search">
      ${v.search.render(msg)}
      <button
        type="button"
        class="locate"
        part="locate-button"
        aria-disabled=${v.locating}
        @click=${actions.useLocation}
      >
        ${v.locating ? msg.locatorLocating : msg.locatorUseLocation}
      </button>
    </div>
    <p class="notice" part="notice" role="status">${notice ?? nothing}</p>
    ${
      // A typed place that could not be looked up (the notice says so): asked again here too,
      // not only by Enter. A `query` that failed has the error panel's "Try again".
      notice && v.search.failed
        ? html`<button type="button" class="again" part="retry" @click=${actions.retry}>
            ${msg.retry}
          </button>`
        : nothing
    }
    ${renderFilters(v)}
    ${
      v.noMap
        ? nothing
        : html`<div class="switch" part="view-switch" role="group" aria-label=${msg.locatorView}>
            <button
              type="button"
              aria-pressed=${v.view === 'list'}
              @click=${() => actions.setView('list')}
            >
              ${msg.locatorList}
            </button>
            <button
              type="button"
              aria-pressed=${v.view === 'map'}
              @click=${() => actions.setView('map')}
            >
              ${msg.locatorMap}
            </button>
          </div>`
    }
    <div class="layout" data-view=${v.noMap ? 'list' : v.view}>
      <section class="list-pane" part="list" aria-label=${heading ?? msg.locatorList}>
        ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
        <p class=${statusClass} part="status" role="status" aria-live=${v.live}>${statusText(v)}</p>
        ${renderList(v)}
      </section>
      ${
        v.noMap
          ? nothing
          : html`<div class="map-pane">
              ${v.mapFailed ? failure(msg, msg.locatorMapFailed, actions.retryMap) : nothing}
              <div
                class="map"
                part="map"
                role="region"
                aria-label=${msg.locatorMapLabel}
                ?hidden=${v.mapFailed}
              ></div>
              <span id="aisle-pin-keys" hidden>${msg.locatorPinKeys}</span>
            </div>`
      }
    </div>
  `;
}
