/**
 * The store picker inside the reserve dialog: its module loads when it shows (on the click that
 * opens a dialog with no store yet, or on "Change store"); a store chosen by a shopper who had
 * none becomes theirs; Escape in a picker opened by "Change store" goes back to the store the
 * shopper had instead of closing the whole dialog.
 */
import { html, type TemplateResult } from 'lit';
import type { Persist } from '../../config/config.js';
import { MyStoreController } from '../../internal/my-store-controller.js';
import {
  StorePickerLoader,
  type PickerOwner,
  type StandInMessages,
} from '../store-picker/picker-loader.js';
import type { StorePickedEvent } from '../store-picker/store-picker.js';
import type { AisleReserveButton } from './reserve-button.js';

export interface DialogPickerHooks {
  persist(): Persist;
  /** The picker shows over a store the shopper had ("Change store"): Escape goes back to it. */
  canGoBack(): boolean;
  back(): void;
  picked(storeId: string): void;
  /** The dialog's settings and client, for the picker's search. */
  owner(): PickerOwner;
}

export class DialogPicker {
  private readonly myStore = new MyStoreController(this.host, () => this.hooks.owner().config);
  private readonly loader = new StorePickerLoader(this.host, (d) =>
    this.host.emit('aisle-error', d),
  );

  constructor(
    private readonly host: AisleReserveButton,
    private readonly hooks: DialogPickerHooks,
  ) {}

  /** Starts loading the picker's module (again, if it failed). */
  load(): void {
    this.loader.load();
  }

  private readonly onPicked = (event: StorePickedEvent): void => {
    const { store } = event;
    if (!this.myStore.storeId) {
      const previousStoreId = this.myStore.set(store.id, this.hooks.persist());
      this.host.emit('aisle-store-change', { storeId: store.id, previousStoreId, store });
    }
    this.hooks.picked(store.id);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.hooks.canGoBack()) return;
    event.preventDefault(); // no close request for the dialog
    event.stopPropagation();
    this.hooks.back();
  };

  render(msg: StandInMessages): TemplateResult {
    return html`<div @keydown=${this.onKeydown}>
      ${this.loader.render(this.onPicked, msg, this.hooks.owner())}
    </div>`;
  }
}
