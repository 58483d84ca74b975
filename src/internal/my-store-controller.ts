import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Persist } from '../config/config.js';
import { myStore } from '../state/my-store.js';

/**
 * Gives an element the shopper's store and re-renders it when that changes (on this page,
 * from another Aisle element, or from another tab).
 */
export class MyStoreController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The shopper's store id, or null when none is chosen. */
  get storeId(): string | null {
    return myStore().get();
  }

  /** Sets the shopper's store for the whole page; returns the previous id. */
  set(storeId: string | null, persist: Persist): string | null {
    const previous = myStore().get();
    myStore().set(storeId, persist);
    return previous;
  }

  hostConnected(): void {
    this.unsubscribe = myStore().subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
