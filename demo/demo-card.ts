import { css, html } from 'lit';
import { formatDistance, formatTime } from '../src/i18n/format.js';
import { AisleElement } from '../src/internal/aisle-element.js';
import { define } from '../src/internal/define.js';

/** A demo-only element that shows the base at work: messages, Intl formats and tokens. */
export class AisleDemoCard extends AisleElement {
  static override styles = [
    ...AisleElement.styles,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        background: var(--_aisle-color-surface);
        border: 1px solid var(--_aisle-color-border);
        border-radius: var(--_aisle-radius);
        padding: calc(var(--_aisle-space) * 2);
      }
      .muted {
        color: var(--_aisle-color-text-muted);
      }
      button {
        background: var(--_aisle-color-primary);
        color: var(--_aisle-color-on-primary);
        border: 0;
        border-radius: var(--_aisle-radius);
        padding: var(--_aisle-space) calc(var(--_aisle-space) * 2);
        font: inherit;
      }
    `,
  ];

  protected override render() {
    const now = new Date();
    return html`<div part="base">
      <p><strong>${this.msg.demoGreeting('Aisle')}</strong> (${this.locale})</p>
      <p class="muted">
        ${this.msg.storesFound(3)} · ${formatDistance(this.locale, 1.8)} ·
        ${formatTime(this.locale, now, 'Europe/Paris')}
      </p>
      <button type="button">${this.msg.retry}</button>
    </div>`;
  }
}

define('aisle-demo-card', AisleDemoCard);
