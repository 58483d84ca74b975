import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    max-width: 100%;
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
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-rows: auto 1fr;
    grid-template-areas:
      'icon status action'
      'icon details details';
    align-items: baseline;
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
    grid-area: icon;
    align-self: start;
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

  .text {
    display: contents;
  }
  [part='status'] {
    grid-area: status;
    font-weight: 600;
    min-width: 0;
  }
  [part='details'] {
    grid-area: details;
    align-self: start;
    color: var(--_aisle-color-text-muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    /* 0.875em × 1.6 = the base's 1.4em line: two detail lines fit the two reserved lines. */
    font-size: 0.875em;
    line-height: 1.6;
  }
  .loading [part='status'],
  .loading [part='details'] {
    color: var(--_aisle-color-text-muted);
    font-weight: 400;
  }

  button {
    grid-area: action;
    font: inherit;
    font-size: 0.875em;
    color: var(--_aisle-color-primary);
    background: none;
    border: 0;
    padding: 0.25em;
    margin: 0;
    text-decoration: underline;
    cursor: pointer;
    border-radius: calc(var(--_aisle-radius) / 2);
    justify-self: end;
    white-space: nowrap;
  }
  button:hover {
    text-decoration-thickness: 2px;
  }

  [part='picker'] {
    margin-top: var(--_aisle-space);
  }
`;
