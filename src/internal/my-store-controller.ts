import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AisleConfigValues, Persist } from '../config/config.js';
import { myStore } from '../state/my-store.js';
import { storeScope } from './config-controller.js';

/**
 * Gives an element the shopper's store and re-renders it when that changes (on this page,
 * from another Aisle element, or from another tab), that of the API in the element's `config`.
 */
export class MyStoreController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => AisleConfigValues,
  ) {
    host.addController(this);
  }

  /** The shopper's store id, or null when none is chosen. */
  get storeId(): string | null {
    return myStore().get(storeScope(this.config()));
  }

  /** Sets the shopper's store for the page (for the element's API); returns the previous id. */
  set(storeId: string | null, persist: Persist): string | null {
    const previous = this.storeId;
    myStore().set(storeId, persist, storeScope(this.config()));
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
