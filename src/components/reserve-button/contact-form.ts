import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  emptyContact,
  validateContact,
  validateField,
  type ContactErrors,
  type ContactField,
  type ContactInput,
  type ContactResult,
} from './contact.js';
import type { FlowStep } from './flow-types.js';

/**
 * The contact form's state for an element: values (prefilled for signed-in shoppers), inline
 * errors shown after a field is left or the form is submitted, re-rendering the host on change.
 * The values live in memory only, never in storage.
 */
export class ContactForm implements ReactiveController {
  values: ContactInput = emptyContact();
  errors: ContactErrors = {};

  /** A pointer is pressed on the element: a field left now is checked once it is let go. */
  #pressed = false;
  #afterPress: (() => void)[] = [];
  readonly #press = () => {
    this.#pressed = true;
    // A press ends with its pointerup; one a context menu, a drag or a window switch took ends
    // there. The window's own blur only (not captured: a field's blur is no end).
    const ends = ['pointerup', 'pointercancel', 'contextmenu', 'dragstart'];
    const up = () => {
      this.#pressed = false;
      for (const type of ends) removeEventListener(type, up, true);
      removeEventListener('blur', up);
      for (const check of this.#afterPress.splice(0)) setTimeout(check);
    };
    for (const type of ends) addEventListener(type, up, true);
    addEventListener('blur', up);
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.#press, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.#press, true);
  }

  /** Starts a new form, prefilled with what the page knows about the shopper. */
  reset(name = '', email = ''): void {
    this.values = emptyContact(name, email);
    this.errors = {};
    this.host.requestUpdate();
  }

  /**
   * The flow moved to `step`. What was typed lives until the reservation is made or cancelled:
   * the next form then starts anew, prefilled from the page only. A hold given back ("Change
   * store", the dialog closed) or expired keeps them for the next hold; a reload forgets them.
   */
  flowAt(step: FlowStep, name = '', email = ''): void {
    if (step === 'confirmed' || step === 'cancelled') this.reset(name, email);
  }

  input(field: keyof ContactInput, value: string | boolean): void {
    this.values = { ...this.values, [field]: value };
    // A field already marked wrong is re-checked as the shopper types, so the error clears.
    const f = field as ContactField;
    if (this.errors[f]) this.errors = { ...this.errors, [f]: validateField(f, this.values) };
    this.host.requestUpdate();
  }

  /**
   * The shopper left `field`: its error shows, once the press that left it (a tap on the terms
   * box or on "Confirm") is over. Shown at once, the error line would move what is being pressed
   * from under the finger, and the press would be lost.
   */
  blur(field: ContactField): void {
    const check = () => {
      // Do not scold a field the shopper only tabbed through.
      if (this.values[field] === '' && !this.errors[field]) return;
      this.errors = { ...this.errors, [field]: validateField(field, this.values) };
      this.host.requestUpdate();
    };
    // The click that ends a press comes after its pointerup (a touch's, after the blur).
    if (this.#pressed) this.#afterPress.push(check);
    else setTimeout(check);
  }

  /** Validates everything; on errors, focuses the first invalid field once rendered. */
  async submit(root: ParentNode, updated: Promise<unknown>): Promise<ContactResult> {
    const result = validateContact(this.values);
    this.errors = result.errors;
    this.host.requestUpdate();
    if (!result.valid) {
      await updated;
      root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    return result;
  }
}
