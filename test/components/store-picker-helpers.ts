import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { waitUntil } from '../helpers/wait.js';

/**
 * A badge with no store chosen yet (the caller clears the shopper's store), its "check
 * availability near you" pressed and its store picker searched for `query`: the picker's shadow
 * root, once it lists stores.
 */
export async function pickerWithResults(query = 'Lyon'): Promise<ShadowRoot> {
  const badge = await fixture<AisleStockBadge>(
    html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
  );
  await badge.updateComplete;
  badge.shadowRoot!.querySelector<HTMLElement>('[part="action"]')!.click();
  const picker = () => badge.shadowRoot!.querySelector('aisle-store-picker')?.shadowRoot;
  await waitUntil(() => picker()?.querySelector('input'), 'no picker', { timeout: 5000 });
  picker()!.querySelector('input')!.value = query;
  picker()!.querySelector('form')!.requestSubmit();
  await waitUntil(() => picker()!.querySelector('[part="results"] button'), 'no results', {
    timeout: 5000,
  });
  return picker()!;
}

/** Chooses the first store the badge's picker finds for `query`, as a shopper would. */
export async function chooseStore(badge: AisleStockBadge, query: string): Promise<string> {
  badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!.click();
  await waitUntil(() =>
    badge.shadowRoot!.querySelector('aisle-store-picker')?.shadowRoot?.querySelector('form'),
  );
  const picker = badge.shadowRoot!.querySelector('aisle-store-picker')!.shadowRoot!;
  picker.querySelector('input')!.value = query;
  picker.querySelector('form')!.requestSubmit();
  await waitUntil(() => picker.querySelector('[part="results"] button'), 'no results', {
    timeout: 5000,
  });
  const changed = oneEvent(badge, 'aisle-store-change');
  picker.querySelector<HTMLButtonElement>('[part="results"] button')!.click();
  return (await changed).detail.storeId!;
}
