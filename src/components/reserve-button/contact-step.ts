/**
 * The contact step's template: what is held and the live countdown of the hold, then name, email, optional phone,
 * required terms consent and the marketing opt-in (unchecked by default). Inline errors are tied
 * to their fields with `aria-invalid` and `aria-describedby`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ReserveElementMessages as Messages } from './dialog-messages.js';
import {
  MAX_LENGTH,
  type ContactErrors,
  type ContactField,
  type ContactInput,
  type ContactProblem,
} from './contact.js';
import { HELD_WHAT } from './held-summary.js';

export interface ContactStepView {
  msg: Messages;
  values: ContactInput;
  errors: ContactErrors;
  /** What is held: "2 × Oak chair · Aisle Lyon Vaise · Ready today at 17:30" (held-summary.ts). */
  held?: string;
  /** "4:59" */
  clock: string;
  /** The reservation terms (`terms-url`, checked): the consent's label links to them. */
  termsUrl?: string | undefined;
  busy: boolean;
  /** A failed confirm's message (network: retry keeps the same key), or a failed "More time". */
  notice?: string;
  /** "More time" on the hold: offered, or 'busy' while asked; not shown when undefined. */
  moreTime: 'offer' | 'busy' | undefined;
  onMoreTime(): void;
  onInput(field: keyof ContactInput, value: string | boolean): void;
  onBlur(field: ContactField): void;
  onSubmit(event: SubmitEvent): void;
  onBack(): void;
  /** The held slot has passed: the way back to choose another time (next to the notice). */
  onChooseSlot?(): void;
}

function errorText(msg: Messages, field: ContactField, problem: ContactProblem): string {
  if (problem === 'too-long') return msg.reserveErrTooLong(MAX_LENGTH[field as 'name' | 'email']);
  switch (field) {
    case 'name':
      return msg.reserveErrNameRequired;
    case 'email':
      return problem === 'required' ? msg.reserveErrEmailRequired : msg.reserveErrEmailInvalid;
    case 'phone':
      return msg.reserveErrPhoneInvalid;
    case 'terms':
      return msg.reserveErrTerms;
  }
}

function fieldError(v: ContactStepView, field: ContactField): TemplateResult {
  const problem = v.errors[field];
  return html`<span id="${field}-error" class="field-error" part="field-error"
    >${problem ? errorText(v.msg, field, problem) : nothing}</span
  >`;
}

function describedBy(v: ContactStepView, field: ContactField, hint?: string): string {
  return [hint, v.errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
}

function textField(
  v: ContactStepView,
  field: 'name' | 'email' | 'phone',
  label: string,
  type: string,
  autocomplete: string,
  required: boolean,
): TemplateResult {
  const describe = describedBy(v, field);
  return html`<div class="field">
    <label for=${field}
      >${label}${
        required ? nothing : html`<span class="muted">${` ${v.msg.reserveOptional}`}</span>`
      }</label
    >
    <input
      id=${field}
      name=${field}
      part="input"
      type=${type}
      autocomplete=${autocomplete}
      ?required=${required}
      aria-invalid=${!!v.errors[field]}
      aria-describedby=${describe || nothing}
      .value=${v.values[field]}
      @input=${(e: Event) => v.onInput(field, (e.target as HTMLInputElement).value)}
      @blur=${() => v.onBlur(field)}
    />
    ${fieldError(v, field)}
  </div>`;
}

// An SVG, not an emoji: emoji glyphs are missing from many systems' fonts.
const timerIcon = svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24"
  width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
  <circle cx="12" cy="13" r="8" /><path d="M12 9v4l2.5 2.5M9 2h6" />
</svg>`;

/** The countdown's sentence: it describes the heading, which takes the focus as the hold arrives. */
export const HELD_FOR = 'held-for';

export function contactStep(v: ContactStepView): TemplateResult {
  const { msg } = v;
  return html`
    ${v.held ? html`<p part="summary" id=${HELD_WHAT}>${v.held}</p>` : nothing}
    <p part="countdown" class="countdown">
      ${timerIcon} <span id=${HELD_FOR}>${msg.reserveHeldFor(v.clock)}</span>
      ${
        v.moreTime
          ? html`<button
              type="button"
              part="more-time"
              aria-disabled=${v.moreTime === 'busy'}
              @click=${v.onMoreTime}
            >
              ${msg.reserveMoreTime}
            </button>`
          : nothing
      }
    </p>
    ${v.notice ? html`<p role="alert" part="error" class="error">${v.notice}</p>` : nothing}
    ${
      v.onChooseSlot
        ? html`<button type="button" part="choose-slot" @click=${v.onChooseSlot}>
            ${msg.reserveSlotChoose}
          </button>`
        : nothing
    }
    <form part="form" novalidate @submit=${v.onSubmit}>
      ${textField(v, 'name', msg.reserveName, 'text', 'name', true)}
      ${textField(v, 'email', msg.reserveEmail, 'email', 'email', true)}
      ${textField(v, 'phone', msg.reservePhone, 'tel', 'tel', false)}
      <div class="check">
        <input
          id="terms"
          name="terms"
          type="checkbox"
          part="checkbox"
          required
          aria-invalid=${!!v.errors.terms}
          aria-describedby=${describedBy(v, 'terms') || nothing}
          .checked=${v.values.terms}
          @change=${(e: Event) => {
            v.onInput('terms', (e.target as HTMLInputElement).checked);
            v.onBlur('terms');
          }}
        />
        <label for="terms"
          >${
            v.termsUrl
              ? html`${msg.reserveTermsLinked[0]}<a
                    href=${v.termsUrl}
                    target="_blank"
                    rel="noopener"
                    part="terms-link"
                    >${msg.reserveTermsLinked[1]}<span class="visually-hidden">
                      ${msg.reserveNewTab}</span
                    ></a
                  >${msg.reserveTermsLinked[2]}`
              : msg.reserveTerms
          }</label
        >
        ${fieldError(v, 'terms')}
      </div>
      <div class="check">
        <input
          id="marketing"
          name="marketing"
          type="checkbox"
          part="checkbox"
          .checked=${v.values.marketing}
          @change=${(e: Event) => v.onInput('marketing', (e.target as HTMLInputElement).checked)}
        />
        <label for="marketing">${msg.reserveMarketing}</label>
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          part="back"
          aria-disabled=${v.busy}
          @click=${v.onBack}
        >
          ${msg.reserveChangeStore}
        </button>
        <button type="submit" class="primary" part="confirm primary" aria-disabled=${v.busy}>
          ${v.busy ? msg.reserveConfirming : msg.reserveConfirm}
        </button>
      </div>
    </form>
  `;
}
