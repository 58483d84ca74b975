import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    /* A width set by the column, never by what the badge says, so loading and loaded lay out
       alike: room for the status's 9em and the action side by side (see .body). A page may set
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
    /* The icon, then the body: the status and the action, then the details. */
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: var(--_aisle-space);
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
  }
  [part='icon'] svg {
    display: block;
    width: 100%;
    height: 100%;
  }

  /*
   * The status, with the action at its end when both fit (the status claims 9em whatever it
   * says, so that is by the badge's width alone, the same loading and loaded), else the action
   * below it, rather than overlapping it; then the details on the body's whole width, under the
   * action too (in a listing's narrow card, beside the action they took a line more).
   */
  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_aisle-space);
    min-width: 0;
  }
  [part='status'] {
    flex: 1 1 9em;
    min-width: 0;
    font-weight: 600;
    /* A word longer than a narrow column ("Disponibilité") breaks rather than stick out. */
    overflow-wrap: anywhere;
  }
  /* The details' width sets their lines (below), so their box has no width of its own. */
  .details {
    flex-basis: 100%;
    container-type: inline-size;
  }
  /* Their text again, unseen and 0 tall: a badge sized to its content is as wide as they are. */
  .sizer {
    flex-basis: 100%;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    font-size: 0.875em;
  }
  [part='details'] {
    display: block;
    color: var(--_aisle-color-text-muted);
    /* Never cut: a third line (a narrow column, a long store name) is read, not hidden. */
    overflow-wrap: anywhere;
    /* 0.875em × 1.6 = the base's 1.4em line. */
    font-size: 0.875em;
    line-height: 1.6;
    /*
     * As many lines, loading or loaded, as a common answer takes at this width ("at <store> ·
     * Ready tomorrow at 10:00 AM · checked 5 min. ago"): a listing's answers then do not push
     * the page down as they arrive. Only a longer one adds lines. Two at 18.25em and wider.
     */
    min-height: 2lh;
  }
  /*
   * The lines a common answer takes (English, system-ui; French is shorter) below each width,
   * while one is on its way or shown: with no store, a bad attribute or an error, none is coming.
   */
  :host(:is([status='no-store'], [status='invalid'], [status='error'])) .details {
    container-type: normal;
  }
  @container (width < 18.25em) {
    [part='details'] {
      min-height: 3lh;
    }
  }
  @container (width < 11.75em) {
    [part='details'] {
      min-height: 4lh;
    }
  }
  @container (width < 10.25em) {
    [part='details'] {
      min-height: 5lh;
    }
  }
  @container (width < 8.25em) {
    [part='details'] {
      min-height: 6lh;
    }
  }
  @container (width < 7.25em) {
    [part='details'] {
      min-height: 7lh;
    }
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
    color: var(--_aisle-color-primary);
    background: none;
    border: 0;
    margin: 0;
    /* A touch target at least 24px tall (WCAG 2.5.8) at any font size. */
    min-height: 24px;
    text-decoration: underline;
    cursor: pointer;
    border-radius: calc(var(--_aisle-radius) / 2);
  }
  button:hover {
    text-decoration-thickness: 2px;
  }
  /* The action, after the status (and below it when both do not fit), and what holds its place. */
  button,
  .action-placeholder {
    margin-inline-start: auto;
    font-size: 0.875em;
    padding: 0.25em;
  }

  [part='picker'] {
    margin-top: var(--_aisle-space);
  }

  .action-placeholder {
    visibility: hidden;
  }

  /* With no store yet, "check availability near you" is the badge's second line. */
  [part='details'] button {
    font-size: inherit;
    padding: 0;
    margin: 0;
    text-align: start;
  }
`;
