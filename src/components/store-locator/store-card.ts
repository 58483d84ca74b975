/**
 * One store in the locator's list: name, address, distance, open status, stock, weekly hours
 * with exceptions, phone, directions and "make this my store". Every value from the API is
 * rendered as text by Lit (never as HTML).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../../client/types.js';
import { formatDistance } from '../../i18n/format.js';
import type { LocatorElementMessages as Messages } from './messages.js';
import { directionsUrl, telHref, type StockSummary } from './ranking.js';
import { hoursView } from './store-hours.js';

export interface StoreCardContext {
  msg: Messages;
  locale: string;
  now: Date;
  /** The product(s) asked about, when any. */
  skus: readonly string[];
  stock: StockSummary | undefined;
  /** Stock is still loading for this page. */
  stockPending: boolean;
  selected: boolean;
  isMyStore: boolean;
  /** Whether there is a map to select the store on. */
  selectable: boolean;
  onSelect: (store: Store) => void;
  onMakeMyStore: (store: Store) => void;
}

function stockLine(ctx: StoreCardContext) {
  const { msg, skus, stock } = ctx;
  if (skus.length === 0) return nothing;
  if (ctx.stockPending && !stock) {
    return html`<p class="stock" part="store-stock">${msg.stockChecking}</p>`;
  }
  // A basket's count needs its stock: without it (the look-up failed, or the API knows none of
  // the products here), the stock is unknown. None known in stock while some are unknown is not
  // "out".
  if (skus.length > 1 && stock?.known) {
    const { have, known } = stock;
    const state =
      have === skus.length ? 'in' : have ? 'partial' : known < skus.length ? 'unknown' : 'out';
    return html`<p class="stock stock--${state}" part="store-stock" data-stock=${state}>
      ${msg.locatorBasket(have, skus.length)}
    </p>`;
  }
  const status = stock?.status;
  const [state, text] =
    status === 'in_stock'
      ? ['in', msg.stockInStock]
      : status === 'low_stock'
        ? ['low', msg.stockLow]
        : status === 'out_of_stock'
          ? ['out', msg.stockOut]
          : ['unknown', msg.stockUnknown];
  return html`<p class="stock stock--${state}" part="store-stock" data-stock=${state}>${text}</p>`;
}

/** Each store's card as last made, and what it was made from. */
const made = new WeakMap<Store, [key: unknown[], card: TemplateResult]>();

/**
 * A store's card, made again only when something it shows changed: a keystroke in the search box
 * re-renders the locator, not its cards (working out their hours costs the most). Hours move by
 * the minute, so the card is made again in a new minute. The context's handlers must be stable.
 */
export function storeCard(store: Store, ctx: StoreCardContext): TemplateResult {
  const { now, ...rest } = ctx;
  const key = [(now.getTime() / 6e4) | 0, ...Object.values(rest)];
  const last = made.get(store);
  if (last?.[0].every((k, i) => k === key[i])) return last[1];
  const card = renderStoreCard(store, ctx);
  made.set(store, [key, card]);
  return card;
}

function renderStoreCard(store: Store, ctx: StoreCardContext): TemplateResult {
  const { msg, locale } = ctx;
  const hours = hoursView(store, ctx.now, locale);
  const headingId = `store-${store.id}-name`;
  const name = ctx.selectable
    ? html`<button
        type="button"
        class="name-button"
        part="store-select"
        aria-pressed=${ctx.selected}
        @click=${() => ctx.onSelect(store)}
      >
        ${store.name}
      </button>`
    : store.name;
  const address = [store.address.line1, store.address.line2].filter(Boolean).join(', ');
  return html`
    <article
      class="store${ctx.selected ? ' selected' : ''}${ctx.isMyStore ? ' mine' : ''}"
      part="store${ctx.selected ? ' store-selected' : ''}"
      aria-labelledby=${headingId}
      data-store-id=${store.id}
    >
      <h3 class="store-name" id=${headingId} part="store-name">${name}</h3>
      ${
        ctx.isMyStore
          ? html`<p class="my-store-tag" part="my-store" tabindex="-1">${msg.locatorMyStore}</p>`
          : nothing
      }
      <p class="address" part="store-address">
        ${address}<br />${`${store.address.postalCode} ${store.address.city}`}
      </p>
      ${
        store.distanceKm !== undefined
          ? html`<p class="distance" part="store-distance">
              ${msg.locatorDistance(formatDistance(locale, store.distanceKm))}
            </p>`
          : nothing
      }
      ${
        hours.status
          ? html`<p class="open open--${hours.open ?? 'unknown'}" part="store-open">
              ${hours.status}
            </p>`
          : nothing
      }
      ${stockLine(ctx)}
      ${
        store.services.length
          ? html`<ul class="services" part="store-services">
              ${store.services.map((s) => html`<li>${msg.locatorService(s)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        hours.week.length || hours.exceptions.length
          ? html`<details class="hours" part="store-hours">
              <summary>${msg.locatorHours}</summary>
              <table>
                <tbody>
                  ${hours.week.map(
                    (row) =>
                      html`<tr class=${row.today ? 'today' : ''}>
                        <th scope="row">${row.day}</th>
                        <td>${row.text}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              ${
                hours.exceptions.length
                  ? html`<p class="exceptions-title">${msg.locatorSpecialHours}</p>
                      <ul class="exceptions">
                        ${hours.exceptions.map((e) => html`<li>${e.date} – ${e.text}</li>`)}
                      </ul>`
                  : nothing
              }
            </details>`
          : nothing
      }
      <div class="actions" part="store-actions">
        ${
          store.phone
            ? html`<a class="phone" part="store-phone" href=${telHref(store.phone) ?? nothing}
                ><span class="visually-hidden"
                  >${telHref(store.phone) && msg.locatorCall(store.name)}</span
                >${store.phone}</a
              >`
            : nothing
        }
        <a
          class="directions"
          part="store-directions"
          href=${directionsUrl(store)}
          target="_blank"
          rel="noopener noreferrer"
          >${msg.locatorDirections}<span class="visually-hidden">
            ${msg.locatorDirectionsTo(store.name)}</span
          ></a
        >
        ${
          ctx.isMyStore
            ? nothing
            : html`<button
                type="button"
                class="make-mine"
                part="make-my-store"
                aria-describedby=${headingId}
                @click=${() => ctx.onMakeMyStore(store)}
              >
                ${msg.locatorMakeMyStore}
              </button>`
        }
      </div>
    </article>
  `;
}

/**
 * Puts the focus on a store's card: on its `part` (the name button by default), else the card
 * itself. After "make this my store", which removes the button that had the focus, it goes to the
 * "My store" mark: a screen reader says what the click did. False when the card is not drawn.
 */
export function focusStoreCard(root: ParentNode, storeId: string, part = 'store-select'): boolean {
  const card = root.querySelector<HTMLElement>(`article[data-store-id="${CSS.escape(storeId)}"]`);
  if (!card) return false;
  const target = card.querySelector<HTMLElement>(`[part~="${part}"]`) ?? card;
  if (target === card) card.tabIndex = -1;
  target.focus();
  return true;
}
