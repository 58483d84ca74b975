/** The reserve dialog's own state (reserve-dialog.ts): every change re-renders its button. */
import type { Announcement } from '../../internal/announcement.js';
import type { FlowState } from './flow.js';

/** The dialog's own state; every change re-renders the host. */
export interface DialogState {
  flow: FlowState;
  /** A store picked in the dialog (an alternative, or from the picker). */
  chosenStore: string;
  picking: boolean;
  wanted: number;
  slotId: string;
  announcement: Announcement | undefined;
  cancelling: boolean;
  /** "Cancel reservation" pressed once: the next press cancels. */
  askingCancel: boolean;
  /** Bumped to reload the store step (after a 409). */
  storeEpoch: number;
  /** Opened with a reservation kept for this SKU: reading it again, or that failed. */
  checking: 'pending' | 'failed' | undefined;
}

export function initialDialogState(): DialogState {
  return {
    flow: { step: 'idle' },
    chosenStore: '',
    picking: false,
    wanted: 1,
    slotId: '',
    announcement: undefined,
    cancelling: false,
    askingCancel: false,
    storeEpoch: 0,
    checking: undefined,
  };
}
