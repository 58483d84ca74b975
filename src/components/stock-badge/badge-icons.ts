import { svg, type SVGTemplateResult } from 'lit';
import type { StockBadgeStatus } from './badge-state.js';

// A distinct shape per meaning, so colour is never the only signal.
const check = svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`;
const low = svg`<path d="M12 7v6" /><circle cx="12" cy="17" r="0.6" />`;
const cross = svg`<path d="M7 7l10 10M17 7L7 17" />`;
const question = svg`<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6" /><circle cx="12" cy="17" r="0.6" />`;
const pin = svg`<path d="M12 21s-6-5.6-6-10a6 6 0 0 1 12 0c0 4.4-6 10-6 10z" /><circle cx="12" cy="11" r="2" />`;
const dots = svg`<circle cx="7" cy="12" r="0.8" /><circle cx="12" cy="12" r="0.8" /><circle cx="17" cy="12" r="0.8" />`;
const warning = svg`<path d="M12 4l9 16H3z" /><path d="M12 10v4" /><circle cx="12" cy="17" r="0.6" />`;

const shapes: Record<StockBadgeStatus, SVGTemplateResult> = {
  'in-stock': check,
  'low-stock': low,
  'out-of-stock': cross,
  unknown: question,
  invalid: question,
  'no-store': pin,
  loading: dots,
  error: warning,
};

/** The status icon: decorative (the text says the same), so callers mark it aria-hidden. */
export function statusIcon(status: StockBadgeStatus): SVGTemplateResult {
  const ring = status === 'in-stock' || status === 'low-stock' || status === 'out-of-stock';
  return svg`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round" focusable="false">
    ${ring ? svg`<circle cx="12" cy="12" r="10" />` : ''}${shapes[status]}
  </svg>`;
}
