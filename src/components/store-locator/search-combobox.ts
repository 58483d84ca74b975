/**
 * The locator's search box: an ARIA 1.2 combobox (input + listbox popup) with geocoder
 * suggestions, debounced and abortable, driven by the keyboard (arrows, Home/End, Enter, Escape).
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Geocoder, Suggestion } from '../../geo/geocoder.js';
import { isAbortError } from '../../client/errors.js';
import type { LocatorElementMessages as Messages } from './messages.js';

export const SUGGEST_DEBOUNCE_MS = 250;

export interface SearchComboboxOptions {
  /** The geocoder in force (it may change with configuration). */
  geocoder: () => Geocoder;
  locale: () => string;
  /** A place was chosen: search near it. */
  onPick: (suggestion: Suggestion) => void;
  /** The geocoder failed (not aborted). */
  onError?: (error: unknown) => void;
}

/** State and behaviour of the combobox; `render()` gives its template. */
export class SearchCombobox implements ReactiveController {
  query = '';
  suggestions: Suggestion[] = [];
  open = false;
  /** Index of the highlighted option, -1 for none. */
  active = -1;
  /** A search was submitted and no place matched it. */
  noMatch = false;
  /** The last look-up failed (the notice says so): Enter asks again. */
  #failed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  /** Enter was pressed before the suggestions for the current text arrived. */
  #submitWhenReady = false;
  #pending: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: SearchComboboxOptions,
    private readonly idPrefix = 'search',
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed from the page: the look-up on its way is dropped. Moved (back before the next
    // task: a layout or a framework re-inserting it), it goes on.
    setTimeout(() => this.host.isConnected || this.cancel());
  }

  /** Drops the look-up on its way (typed text, Enter pressed early): it will pick nothing. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#submitWhenReady = false;
    this.#controller?.abort();
  }

  /** Resolves once the latest suggestion request (if any) settled: for tests and the demo. */
  get settled(): Promise<void> {
    return this.#pending ?? Promise.resolve();
  }

  /** Sets the text without asking for suggestions (an initial `query`, a chosen place). */
  setQuery(text: string): void {
    this.query = text;
    this.close();
  }

  /**
   * Asks the geocoder for suggestions now; resolves with them ([] when too short, null when a
   * newer request or the element's removal aborted it, undefined when the geocoder failed: no
   * answer is not "no match").
   */
  async suggestNow(): Promise<Suggestion[] | null | undefined> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    const text = this.query.trim();
    const geocoder = this.options.geocoder();
    if (text.length < geocoder.minQueryLength) {
      this.suggestions = [];
      this.close();
      return [];
    }
    const controller = new AbortController();
    this.#controller = controller;
    let done!: () => void;
    this.#pending = new Promise((resolve) => (done = resolve));
    try {
      const found = await geocoder.suggest(text, {
        signal: controller.signal,
        limit: 6,
        locale: this.options.locale(),
      });
      if (controller.signal.aborted) return null;
      this.suggestions = found;
      this.active = -1;
      this.open = found.length > 0;
      this.noMatch = this.#failed = false;
      if (this.#submitWhenReady) {
        this.#submitWhenReady = false;
        this.#submit();
      }
      return found;
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) {
        this.#failed = true;
        this.#submitWhenReady = false;
        this.suggestions = [];
        this.close();
        this.options.onError?.(error);
        return undefined;
      }
      return null;
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
      this.host.requestUpdate();
      done();
    }
  }

  /**
   * Looks `text` up at once (an initial `query`): the first place found, shown in the field;
   * null when nothing matches (the field says so) or the look-up was aborted (nothing said);
   * undefined when the geocoder failed (`options.onError` had the error).
   */
  async lookUp(text: string): Promise<Suggestion | null | undefined> {
    this.query = text;
    const found = await this.suggestNow();
    this.close();
    if (!found) return found;
    if (!found[0]) {
      this.noMatch = true;
      return null;
    }
    this.query = found[0].label;
    return found[0];
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** The last look-up failed (not "no match"): `retry()`, or Enter, asks again. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Asks again after a failed look-up, and takes the first place found (as Enter would). */
  retry(): void {
    this.#submitWhenReady = true;
    void this.suggestNow();
  }

  pick(suggestion: Suggestion): void {
    // A choice supersedes suggestions still on their way.
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#submitWhenReady = false;
    this.#controller?.abort();
    this.query = suggestion.label;
    this.noMatch = false;
    this.close();
    this.options.onPick(suggestion);
  }

  /**
   * Enter without a highlighted option: take the first suggestion for the current text. After a
   * failed look-up, Enter asks again (no answer is not "no match").
   */
  #submit(): void {
    const first = this.suggestions[0];
    if (first) this.pick(first);
    else if (this.#failed) this.retry();
    else {
      this.noMatch = this.query.trim() !== '';
      this.close();
    }
  }

  // Arrow functions: Lit calls listeners with the host element as `this`.
  readonly #onInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    // The options shown were for the text before: none stays chosen (Enter waits for the new ones).
    this.active = -1;
    this.noMatch = false;
    this.#submitWhenReady = false;
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#timer = setTimeout(() => void this.suggestNow(), SUGGEST_DEBOUNCE_MS);
    this.host.requestUpdate();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const n = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          this.open = true;
          this.active = down ? 0 : n - 1;
        } else if (event.altKey) {
          return;
        } else {
          this.active = down ? (this.active + 1) % n : (this.active - 1 + n) % n;
        }
        break;
      }
      case 'Home':
      case 'End':
        if (!this.open || n === 0) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : n - 1;
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = this.open ? this.suggestions[this.active] : undefined;
        if (chosen) this.pick(chosen);
        else if (this.#timer !== undefined || this.#controller) {
          // Typed, then Enter before the debounce or the answer: search as soon as it lands.
          this.#submitWhenReady = true;
          if (!this.#controller) void this.suggestNow();
        } else this.#submit();
        return;
      }
      case 'Escape':
        // Nothing to close or clear: the key is the page's (a dialog around the locator closes).
        if (!this.open && !this.query && !this.noMatch) return;
        event.preventDefault();
        if (this.open) this.close();
        else {
          this.query = '';
          this.suggestions = [];
          this.noMatch = false;
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /* eslint-disable lit-a11y/click-events-have-key-events -- options take clicks only: the keys
     go to the combobox input, which points at the active option (aria-activedescendant) */
  render(msg: Messages): TemplateResult {
    const id = this.idPrefix;
    const activeId = this.open && this.active >= 0 ? `${id}-option-${this.active}` : undefined;
    return html`
      <div class="combobox" part="search-field">
        <label class="label" id="${id}-label" for="${id}-input">${msg.locatorSearchLabel}</label>
        <input
          id="${id}-input"
          part="search-input"
          type="text"
          role="combobox"
          aria-labelledby="${id}-label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open}
          aria-controls="${id}-listbox"
          aria-activedescendant=${ifDefined(activeId)}
          aria-describedby=${ifDefined(this.noMatch ? `${id}-nomatch` : undefined)}
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @blur=${() => this.close()}
        />
        <ul
          id="${id}-listbox"
          part="suggestions"
          role="listbox"
          aria-label=${msg.locatorSuggestions}
          ?hidden=${!this.open}
        >
          ${this.suggestions.map(
            (s, i) => html`
              <li
                id="${id}-option-${i}"
                part="suggestion"
                role="option"
                aria-selected=${i === this.active && this.open}
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${() => this.pick(s)}
              >
                ${s.label}
              </li>
            `,
          )}
        </ul>
        <p id="${id}-nomatch" class="hint" part="search-message" role="status">
          ${this.noMatch ? msg.locatorNoPlace : ''}
        </p>
      </div>
    `;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
