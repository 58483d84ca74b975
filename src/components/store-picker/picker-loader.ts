import { html, type TemplateResult } from 'lit';
import type { AisleClient } from '../../client/client.js';
import type { AisleConfigValues } from '../../config/config.js';
import type { AisleErrorDetail } from '../../internal/events.js';
import { loadOnce } from '../../client/load-once.js';
import type { ReactiveControllerHost } from 'lit';
import type { StorePickedEvent } from './store-picker.js';

type LoadPicker = () => Promise<unknown>;
const importPicker: LoadPicker = () => import('./define.js');
let loadPicker = importPicker;

/** Defines `<aisle-store-picker>` once; a failed load is tried again on the next call. */
const definePicker = loadOnce(() => loadPicker());

/**
 * Test seam: replaces how the picker's module is loaded (to make the load fail);
 * `undefined` restores the real `import()`.
 * @internal
 */
export function setPickerLoaderForTests(loader?: LoadPicker): void {
  loadPicker = loader ?? importPicker;
}

/** What the picker's owner lends it (see `AisleStorePicker.owner`). */
export interface PickerOwner {
  config: AisleConfigValues;
  client: AisleClient;
}

/** The strings the picker's stand-in shows. */
export interface StandInMessages {
  loading: string;
  retry: string;
  pickerLoadFailed: string;
}

/**
 * The store picker as the badge and the reserve dialog show it. Its module loads when the host
 * shows it (on the shopper's click, never before). Until it arrives the picker's own content says
 * "Loading…"; if the load fails, it says so with "Try again", and hands the host an
 * `aisle-error` detail (`code: 'load_failed'`) to fire. The picker has no slot, so once defined
 * it hides this content.
 */
export class StorePickerLoader {
  #failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailed: (detail: Omit<AisleErrorDetail, 'element'>) => void,
  ) {}

  /** Starts the load (again, after a failure). */
  load(): void {
    if (this.#failed) {
      this.#failed = false;
      this.host.requestUpdate();
    }
    definePicker().catch((error: unknown) => {
      this.#failed = true;
      this.host.requestUpdate();
      this.onFailed({
        code: 'load_failed',
        message: `The store search could not be loaded: ${String(error)}`,
      });
    });
  }

  render(
    onPicked: (event: StorePickedEvent) => void,
    msg: StandInMessages,
    owner: PickerOwner,
  ): TemplateResult {
    return html`<aisle-store-picker @store-picked=${onPicked} .owner=${owner}
      >${
        this.#failed
          ? html`<p role="alert">${msg.pickerLoadFailed}</p>
              <button type="button" class="picker-retry" @click=${() => this.load()}>
                ${msg.retry}
              </button>`
          : html`<p role="status">${msg.loading}</p>`
      }</aisle-store-picker
    >`;
  }
}
