import { css } from 'lit';

/**
 * The button's styles: all a page needs before the shopper clicks. The dialog's are in
 * reserve-dialog.styles.ts, adopted after these (rules for both live here).
 */
export default css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: top;
  }
  :host([hidden]) {
    display: none;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_aisle-radius);
    padding: calc(var(--_aisle-space) * 1.25) calc(var(--_aisle-space) * 2);
    border: 1px solid var(--_aisle-color-border);
    background: var(--_aisle-color-surface);
    color: var(--_aisle-color-text);
    min-height: 44px;
  }
  button:focus-visible {
    outline: 3px solid var(--_aisle-color-focus);
    outline-offset: 2px;
  }
  [part~='button'] {
    background: var(--aisle-reserve-button-background, var(--_aisle-color-primary));
    color: var(--aisle-reserve-button-color, var(--_aisle-color-on-primary));
    border-color: transparent;
    font-weight: 600;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
  .load-error {
    margin: calc(var(--_aisle-space) / 2) 0 0;
    color: var(--_aisle-color-danger);
    font-size: 0.875em;
  }
`;
