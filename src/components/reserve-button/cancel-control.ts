/**
 * The confirmation's "Cancel reservation": the first press asks, the second cancels (a slip of
 * the finger loses no reservation), "Keep my reservation" takes the question back. A question
 * belongs to the reservation on screen when it was asked.
 */
export interface CancelHost {
  /** Cancels the reservation on screen (the flow says how it went). */
  cancel(): Promise<void>;
  /** Renders again. */
  update(): void;
  /** Puts the focus back on "Cancel reservation", once rendered. */
  focusCancel(): void;
}

export class CancelControl {
  /** "Cancel reservation" pressed once: the next press cancels. */
  asking = false;
  busy = false;

  constructor(private readonly host: CancelHost) {}

  async press(): Promise<void> {
    if (this.busy) return;
    if (this.asking) this.busy = true;
    else this.asking = true;
    this.host.update();
    if (!this.busy) return;
    try {
      await this.host.cancel();
    } finally {
      this.busy = false;
      this.forget();
    }
  }

  /** "Keep my reservation": the focus goes back to "Cancel reservation". */
  keep(): void {
    this.forget();
    this.host.focusCancel();
  }

  /** The question is dropped (another reservation or step on screen, the dialog closed). */
  forget(): void {
    this.asking = false;
    this.host.update();
  }
}
