/**
 * Where the locator's focus and scroll go after an update: to a store chosen on the map once its
 * card is there, after a search started by a button of the empty or error state (which goes
 * away with its state), and to "my store" on the card the shopper made theirs.
 */
import type { ReactiveElement } from 'lit';
import { focusStoreCard } from './store-card.js';

/**
 * Scrolls a store's card into view; with `focus`, the card takes the focus when the focused
 * element is no longer on screen (on a phone the list replaces the map and its marker; a marker
 * or map still on screen keeps it). False while the card is not there (after a new search it
 * appears only with the results).
 */
export function revealStoreCard(root: ShadowRoot, storeId: string, focus: boolean): boolean {
  const card = root.querySelector(`article[data-store-id="${CSS.escape(storeId)}"]`);
  if (!card) return false;
  card.scrollIntoView({ block: 'nearest' });
  if (focus && !root.activeElement?.getClientRects().length) focusStoreCard(root, storeId);
  return true;
}

/**
 * The buttons of the empty and error states ("search within 20 km", "clear filters", "try
 * again") go away with their state. Once the search one started has ended, its focus goes to the
 * first store found, else to the button of the state shown now, instead of falling to the page.
 * True when done: the focus was not lost (the state kept its button, or the shopper moved on,
 * here or elsewhere on the page), or it had somewhere to go (not yet while the place is still
 * being looked up, nor while "In stock first" holds the cards back until their stock is known).
 */
export function focusAfterSearch(root: ShadowRoot, firstId: string | undefined): boolean {
  if (root.activeElement || document.activeElement !== document.body) return true;
  // "In stock first" draws the cards only once their stock is known: until then, not done.
  if (firstId) return focusStoreCard(root, firstId);
  const button = root.querySelector<HTMLElement>('.empty button:last-child, .error button');
  if (!button) return false;
  button.focus();
  return true;
}

/**
 * The shopper made a store theirs: once its card shows it, its "my store" mark takes the focus
 * when nothing in the locator has it (the "make this my store" button goes away).
 */
export function focusMyStore(host: ReactiveElement, storeId: string): void {
  void host.updateComplete.then(() => {
    if (!host.shadowRoot?.activeElement) focusStoreCard(host.renderRoot, storeId, 'my-store');
  });
}
