/**
 * Holds and reservations move stock. Every Aisle element that shows stock follows the events
 * any reserve button on the page fires when they do, so the badge and the locator never keep
 * saying "in stock" about the unit a shopper just reserved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Events after which a product's stock has moved. Their order means nothing; this one compresses
 * smallest (the locator page is at its budget: other orders measured up to 130 bytes more).
 */
const STOCK_EVENTS = [
  'aisle-hold-released',
  'aisle-hold-created',
  'aisle-hold-expired',
  'aisle-reservation-cancelled',
  'aisle-reservation-confirmed',
] as const;

type StockDetail = { hold?: { sku?: unknown }; reservation?: { sku?: unknown } } | undefined;

export class StockMovedController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** Called with the product whose stock moved. */
    private readonly onMoved: (sku: string) => void,
  ) {
    host.addController(this);
  }

  private readonly listener = ({ detail }: Event & { detail?: StockDetail }): void => {
    const sku = (detail?.hold ?? detail?.reservation)?.sku;
    if (typeof sku === 'string' && sku) this.onMoved(sku);
  };

  hostConnected(): void {
    for (const name of STOCK_EVENTS) document.addEventListener(name, this.listener);
  }

  hostDisconnected(): void {
    for (const name of STOCK_EVENTS) document.removeEventListener(name, this.listener);
  }
}
