import { waitUntil } from '../helpers/wait.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';

/** Shared by the stock-badge test files: a part's text, whitespace folded. */
export function text(el: AisleStockBadge, part: string): string {
  return (
    el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  );
}

/** Resolves once the badge has finished loading (whatever it found) and rendered it. */
export async function settled(el: AisleStockBadge): Promise<AisleStockBadge> {
  await el.updateComplete;
  await waitUntil(() => el.status !== 'loading', 'the badge never finished loading', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}
