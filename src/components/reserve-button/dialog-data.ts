/**
 * The data the reserve dialog's steps show, each loaded by a Task when its step needs it: the
 * store step (stock, store, slots), the stores a 409 named as alternatives, and the confirmed
 * reservation's store and QR code.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError, type AisleClient } from '../../client/index.js';
import type { HoldRequest } from '../../client/provider.js';
import type { Store } from '../../client/types.js';
import type { AisleConfigValues } from '../../config/config.js';
import { inScope } from '../../internal/abort-scope.js';
import { OnlineController } from '../../internal/online-controller.js';
import { classifyError, type FlowError, type FlowState } from './flow.js';
import { codeOf } from './flow-errors.js';
import { qrPath } from './qr.js';
import {
  describeAlternatives,
  loadStoreStep,
  slotPassed,
  slotsLeft,
  type StoreStepData,
} from './store-data.js';
import { storeById } from '../../client/store-by-id.js';
import type { StepView } from './steps.js';

type StoreStepView = StepView['store'];

/** What the data reads from the dialog. */
export interface DialogDataSource {
  client(): AisleClient;
  config(): AisleConfigValues;
  /** The product the dialog was opened for (not the button's `sku`, if it changed since). */
  sku(): string;
  /** Units asked for when the dialog opened. */
  quantity(): number;
  /** The store step is on screen (not the picker). */
  storeStep(): boolean;
  /** Bumped to load the store step again. */
  storeEpoch(): number;
  flow(): FlowState;
  onError(error: FlowError): void;
}

type Host = ReactiveControllerHost & HTMLElement & { storeId: string | null };

export class DialogData {
  readonly store;
  readonly alternatives;
  readonly reservationStore;
  readonly qr;
  /** What the store step last read for each store: kept past the step, for "Hold it again". */
  readonly #read = new Map<string, StoreStepData>();

  constructor(host: Host, d: DialogDataSource) {
    this.store = new Task(host, {
      task: async ([active, sku, storeId, quantity], { signal }) => {
        if (!active || !sku || !storeId) return undefined;
        try {
          const step = await inScope(signal, (scoped) =>
            loadStoreStep(d.client(), sku, storeId, quantity, { signal: scoped }),
          );
          this.#read.set(step.here.store.id, step);
          return step;
        } catch (error) {
          if (!isAbortError(error) && !signal.aborted) d.onError(classifyError('load', error));
          throw error;
        }
      },
      args: () =>
        [
          d.storeStep(),
          d.sku(),
          host.storeId,
          d.quantity(),
          d.config().api,
          d.config().apiKey,
          d.config().mock,
          d.storeEpoch(),
        ] as const,
    });
    this.alternatives = new Task(host, {
      task: async ([entries, from], { signal }) =>
        entries ? describeAlternatives(d.client(), entries, from, { signal }) : undefined,
      args: () => [d.flow().error?.alternatives, this.store.value?.here.store] as const,
    });
    this.reservationStore = new Task(host, {
      task: async ([storeId], { signal }) =>
        storeId ? storeById(d.client(), storeId, { signal }) : undefined,
      args: () => [d.flow().reservation?.storeId] as const,
    });
    this.qr = new Task(host, {
      task: async ([code]) => (code ? qrPath(code) : undefined),
      args: () => [d.flow().reservation?.code] as const,
    });
    // Re-renders as the network comes and goes ("You appear to be offline"); back online, what
    // could not load asks again by itself, as a badge does. A "Try again" that had the focus goes
    // while it loads: the step's heading takes the focus.
    new OnlineController(host, () => {
      const root = host.shadowRoot;
      const focused = !!root?.activeElement?.matches('[part~="retry"]');
      const failed = [this.store, this.reservationStore].filter(
        (task) => task.status === TaskStatus.ERROR && !isAbortError(task.error),
      );
      for (const task of failed) void task.run();
      if (failed.length && focused) {
        void host.updateComplete.then(() =>
          root?.querySelector<HTMLElement>('[part~="step"]')?.focus(),
        );
      }
    });
  }

  /**
   * The confirmed reservation's store: as read for it, else as the store step read it (the same
   * store, shown at once rather than "Loading…": the confirmation's heading, which takes the
   * focus as it shows, is described by the store's name).
   */
  confirmedStore(storeId: string | undefined): Store | undefined {
    const read = this.reservationStore.value;
    if (!storeId) return undefined;
    return read?.id === storeId ? read : this.#read.get(storeId)?.here.store;
  }

  /** What the store step last read for this store (kept past the step). */
  read(storeId: string): StoreStepData | undefined {
    return this.#read.get(storeId);
  }

  /** How long the store holds stock, as the store step read it (see `localDeadline`). */
  holdMinutes(storeId: string): number | undefined {
    return this.#read.get(storeId)?.here.store.pickup.holdMinutes;
  }

  /** "Hold it again" would ask for a slot that can no longer be kept (`slotPassed`). */
  readonly slotPassed = (request: HoldRequest): boolean => {
    const read = this.#read.get(request.storeId);
    return !!read && slotPassed(read, request.slotId);
  };

  /** The store step's data, as far as it has loaded: only the slots that can still be kept. */
  get storeStep(): StoreStepView {
    const { status, value, error } = this.store;
    return {
      // The API does not know the store; a 404 without that code (a wrong `api`) can be retried.
      gone: codeOf(error) === 'store_not_found',
      unreachable: classifyError('load', error).reason === 'network',
      status:
        status === TaskStatus.ERROR
          ? 'error'
          : status === TaskStatus.COMPLETE
            ? 'complete'
            : 'pending',
      data: value && { ...value, slots: slotsLeft(value) },
    };
  }

  /** The confirmed reservation's store could not be read: the retry, else undefined. */
  get reservationStoreRetry(): (() => void) | undefined {
    const task = this.reservationStore;
    if (task.status !== TaskStatus.ERROR || isAbortError(task.error)) return undefined;
    return () => void task.run();
  }
}
