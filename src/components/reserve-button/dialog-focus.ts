/**
 * Where the reserve dialog puts the focus as its content changes under the shopper: on the new
 * step's heading (the button that had the focus is gone), on the button that is being answered,
 * on a part, or back on the button when the dialog closes.
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
    // "Hold it" and "Confirm" keep the focus while they are asked ("Holding…", "Confirming…"),
    // and a refusal leaves it there to try again. What they make then moves it to its heading
    // (the held step's, described by the countdown; the confirmation's, by what it confirms):
    // had the heading kept it meanwhile, the new step would not be said.
    const asked = to === 'holding' || to === 'confirming';
    const refused =
      (from === 'holding' && to === 'store') || (from === 'confirming' && to === 'contact');
    if (asked || refused) return this.stay();
    await this.stepHeading();
  }

  /**
   * The focus stays where it is, unless what had it is gone ("Hold it again", a store step that
   * loads again after a refusal or once its slots have all passed): then the step's heading,
   * never the page.
   */
  async stay(): Promise<void> {
    await this.host.updateComplete;
    if (!this.host.shadowRoot?.activeElement) await this.stepHeading();
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

  /**
   * `name` and what sits with it (its parent: a question and both its answers) scrolled into the
   * dialog's view once rendered, the focus left where it is: at 400% zoom the dialog scrolled only
   * as far as the focused answer, its ring cut off and the other answer out of view below.
   */
  async reveal(name: string): Promise<void> {
    await this.host.updateComplete;
    this.part(name)?.parentElement?.scrollIntoView({ block: 'nearest' });
  }

  /** Back on the button (the dialog closed). */
  button(): void {
    this.part('button')?.focus();
  }
}
