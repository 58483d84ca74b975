import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    /* A width set by the column, never by what the badge says, so loading and loaded lay out
       alike: room for the text's 12em and the action side by side (see .text). A page may set
       its own width. */
    width: min(100%, 26 * var(--_aisle-font-size));
    vertical-align: top;
    --_aisle-badge-color: var(--_aisle-color-text-muted);
  }
  :host([status='in-stock']) {
    --_aisle-badge-color: var(--aisle-stock-badge-in-stock-color, var(--_aisle-color-success));
  }
  :host([status='low-stock']) {
    --_aisle-badge-color: var(--aisle-stock-badge-low-stock-color, var(--_aisle-color-warning));
  }
  :host([status='out-of-stock']) {
    --_aisle-badge-color: var(--aisle-stock-badge-out-of-stock-color, var(--_aisle-color-danger));
  }

  [part='base'] {
    /*
     * The icon, then the body: text (status over details) and the action, which wraps below the
     * text when the badge is too narrow for both side by side, rather than overlapping it.
     */
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: var(--_aisle-space);
    /*
     * Three lines always (the status, then up to two lines of details): the badge keeps its size
     * from loading to loaded.
     */
    min-height: calc(3lh + var(--_aisle-space) + 2px);
    padding: calc(var(--_aisle-space) / 2) var(--_aisle-space);
    border: 1px solid var(--aisle-stock-badge-border-color, transparent);
    border-radius: var(--_aisle-radius);
    background: var(--aisle-stock-badge-background, transparent);
  }

  [part='icon'] {
    margin-top: 0.075em;
    width: 1.25em;
    height: 1.25em;
    color: var(--_aisle-badge-color);
    flex: none;
  }
  [part='icon'] svg {
    display: block;
    width: 100%;
    height: 100%;
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_aisle-space);
    min-width: 0;
  }
  /*
   * The text claims 12em whatever it says, so the action sits beside it or below it by the
   * badge's width alone: the same loading ("Checking stock…") and loaded (longer details).
   */
  .text {
    display: flex;
    flex-direction: column;
    flex: 1 1 12em;
    min-width: 0;
  }
  [part='status'] {
    font-weight: 600;
  }
  [part='details'] {
    color: var(--_aisle-color-text-muted);
    /* Never cut: a third line (a narrow column, a long store name) is read, not hidden. */
    overflow-wrap: anywhere;
    /* 0.875em × 1.6 = the base's 1.4em line: two detail lines fit the two reserved lines. */
    font-size: 0.875em;
    line-height: 1.6;
    /* Always two lines tall, loading or loaded, wherever the action wraps. */
    min-height: 2lh;
  }
  /* Loading, the last answer's details only hold its size (stock-badge.ts): never shown. */
  .loading [part='details'] {
    visibility: hidden;
  }
  .loading [part='status'],
  .loading [part='details'] {
    color: var(--_aisle-color-text-muted);
    font-weight: 400;
  }

  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_aisle-color-primary);
    background: none;
    border: 0;
    padding: 0.25em;
    margin: 0;
    /* A touch target at least 24px tall (WCAG 2.5.8) at any font size. */
    min-height: 24px;
    text-decoration: underline;
    cursor: pointer;
    border-radius: calc(var(--_aisle-radius) / 2);
    margin-inline-start: auto;
  }
  button:hover {
    text-decoration-thickness: 2px;
  }

  [part='picker'] {
    margin-top: var(--_aisle-space);
  }

  .action-placeholder {
    visibility: hidden;
    margin-inline-start: auto;
    font-size: 0.875em;
    padding: 0.25em;
  }

  /* With no store yet, "check availability near you" is the badge's second line. */
  [part='details'] button {
    font-size: inherit;
    padding: 0;
    margin: 0;
    text-align: start;
  }
`;
