/**
 * Where the reserve dialog puts the focus as its content changes under the shopper: on the new
 * step's heading (the button that had the focus is gone), on a part, or back on the button when
 * the dialog closes.
 */
import type { FlowState } from './flow-types.js';
import type { AisleReserveButton } from './reserve-button.js';

export class DialogFocus {
  constructor(private readonly host: AisleReserveButton) {}

  private part(name: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Focus on the current step's heading, once it is rendered (the dialog must be open). */
  async stepHeading(): Promise<void> {
    await this.host.updateComplete;
    if (!this.host.renderRoot.querySelector('dialog')?.open) return;
    this.part('step')?.focus();
  }

  /** The step changed from `from` to `to`: its heading, unless the shopper stays where they are. */
  async afterStep(from: FlowState['step'], to: FlowState['step']): Promise<void> {
    // Moving between "holding" and "store" keeps focus where the shopper is.
    if (from === 'holding' && to === 'store') return;
    // A confirm keeps the focus on "Confirming…": its answer then moves it to the confirmation's
    // heading (already focused, it would not be said again), or leaves it there to try again.
    if (to === 'confirming' || (from === 'confirming' && to === 'contact')) return;
    await this.stepHeading();
  }

  /** "Try again" goes away as it is pressed: the focus moves to the step's heading. */
  afterRetry(retry: (() => void) | undefined): (() => void) | undefined {
    return retry && (() => void (retry(), this.stepHeading()));
  }

  /** Focus on `name` once rendered. */
  async onPart(name: string): Promise<void> {
    await this.host.updateComplete;
    this.part(name)?.focus();
  }

  /** Back on the button (the dialog closed). */
  button(): void {
    this.part('button')?.focus();
  }
}
