import { html } from 'lit';
import { commonMessages } from '../../src/i18n/messages/common.js';
import type { CommonMessages } from '../../src/i18n/messages/types.js';
import { AisleElement } from '../../src/internal/aisle-element.js';
import { define } from '../../src/internal/define.js';

/** A minimal Aisle element for testing the base: shows its language and config. */
export class AisleTestProbe extends AisleElement<CommonMessages> {
  renders = 0;

  protected override get messages() {
    return commonMessages;
  }

  get resolved() {
    return this.config;
  }

  get currentLocale() {
    return this.locale;
  }

  protected override render() {
    this.renders++;
    return html`<p part="base">${this.msg.languageName}</p>`;
  }
}

define('aisle-test-probe', AisleTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'aisle-test-probe': AisleTestProbe;
  }
}
