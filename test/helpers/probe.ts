import { html } from 'lit';
import { AisleElement } from '../../src/internal/aisle-element.js';
import { define } from '../../src/internal/define.js';

/**
 * A minimal Aisle element for testing the base, written as a retailer's own subclass would be:
 * no `messages` of its own (it gets the shared strings). Shows its language and config.
 */
export class AisleTestProbe extends AisleElement {
  renders = 0;

  get resolved() {
    return this.config;
  }

  get currentLocale() {
    return this.locale;
  }

  protected override render() {
    this.renders++;
    return html`<p part="base">${this.msg.close}</p>`;
  }
}

define('aisle-test-probe', AisleTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'aisle-test-probe': AisleTestProbe;
  }
}
