import { css } from 'lit';

/** The locator's own styles; box sizing, focus rings and .visually-hidden come with the tokens. */
export default css`
  :host {
    display: block;
    container-type: inline-size;
    --_aisle-locator-map-height: var(--aisle-locator-map-height, 28rem);
    --_aisle-locator-list-height: var(--aisle-locator-list-height, 28rem);
  }

  .base {
    display: grid;
    gap: var(--_aisle-space);
    background: var(--_aisle-color-surface);
    color: var(--_aisle-color-text);
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  button {
    cursor: pointer;
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    background: var(--_aisle-color-surface-raised);
    padding: 0.375rem 0.75rem;
    min-height: 2.25rem;
  }

  /* "Use my location" while locating: it keeps its focus, so it is aria-disabled, not disabled. */
  [aria-disabled='true'] {
    cursor: progress;
  }

  a {
    color: var(--_aisle-color-primary);
  }

  /* Search */
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_aisle-space);
  }

  .combobox {
    position: relative;
    flex: 1 1 16rem;
    display: grid;
    gap: 0.25rem;
  }

  .label {
    font-weight: 600;
  }

  input[role='combobox'] {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    background: var(--_aisle-color-surface);
  }

  [role='listbox'] {
    position: absolute;
    z-index: 1001;
    top: 100%;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: 16rem;
    overflow: auto;
    background: var(--_aisle-color-surface);
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }

  [role='option'] {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }

  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_aisle-color-primary);
    color: var(--_aisle-color-on-primary);
  }

  .hint,
  .notice {
    margin: 0;
    color: var(--_aisle-color-text-muted);
  }

  /* An empty live region stays in the page (a hidden one would not announce what arrives),
     out of the grid's flow so that it adds no gap. */
  .notice:empty {
    position: absolute;
    padding: 0;
    border: 0;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_aisle-color-warning);
    background: var(--_aisle-color-surface-raised);
    color: var(--_aisle-color-text);
  }

  .again {
    justify-self: start;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
  }

  /* The box grows with its label (large text), as the browser's own 13 px would not. */
  .filter input {
    width: 1em;
    height: 1em;
  }

  /* Layout: stacked with a list/map switch; side by side on wide containers. */
  .switch {
    display: inline-flex;
    gap: 0.25rem;
  }

  .layout {
    display: grid;
    gap: var(--_aisle-space);
  }

  .layout > * {
    min-width: 0;
  }

  .layout[data-view='map'] .list-pane,
  .layout[data-view='list'] .map-pane {
    display: none;
  }

  .map {
    /* The tiles are light whatever the theme: the focus rings, pins and links drawn over them
       take the light palette, which keeps its contrast there. */
    color-scheme: light;
    height: var(--_aisle-locator-map-height);
    /* Leaflet takes every touch on the map: a map taller than the screen (a phone held
       sideways) would leave no place to put a finger to scroll the page on. */
    max-height: 75vh;
    max-height: 75svh;
    border-radius: var(--_aisle-radius);
    border: 1px solid var(--_aisle-color-border);
    background: var(--_aisle-color-surface-raised);
  }

  @container (min-width: 44rem) {
    .switch {
      display: none;
    }

    /* Implicit columns: with no-map, the list is the one column and takes the whole width. */
    .layout {
      grid-auto-flow: column;
      grid-auto-columns: minmax(18rem, 2fr) minmax(0, 3fr);
      align-items: start;
    }

    .layout[data-view] .list-pane,
    .layout[data-view] .map-pane {
      display: block;
    }

    .list-pane {
      max-height: var(--_aisle-locator-list-height);
      overflow: auto;
    }
  }

  /* List */
  .heading {
    margin: 0;
    font-size: 1.125em;
  }

  .status {
    margin: 0 0 0.5rem;
    color: var(--_aisle-color-text-muted);
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_aisle-space);
  }

  .store {
    padding: 0.75rem;
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    display: grid;
    gap: 0.25rem;
  }

  .store.selected {
    border-color: var(--_aisle-color-primary);
    box-shadow: inset 4px 0 0 var(--_aisle-color-primary);
  }

  .store p {
    margin: 0;
  }

  /* A name with no break in it (API data) wraps rather than pushing the card's actions out. */
  .store {
    overflow-wrap: anywhere;
  }

  .store-name {
    margin: 0;
    font-size: 1em;
  }

  .name-button {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    color: var(--_aisle-color-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* Touch targets at least 24px tall (WCAG 2.5.8) at any font size. */
  .name-button,
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }

  .hours summary {
    min-height: 24px;
    align-content: center;
  }

  .name-button:focus-visible {
    outline: 2px solid var(--_aisle-color-focus);
  }

  .my-store-tag {
    justify-self: start;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_aisle-color-primary);
    color: var(--_aisle-color-on-primary);
  }

  .distance,
  .address {
    color: var(--_aisle-color-text-muted);
  }

  .open--true,
  .stock--in {
    color: var(--_aisle-color-success);
  }

  .stock--low,
  .stock--partial {
    color: var(--_aisle-color-warning);
  }

  .open--false,
  .stock--out {
    color: var(--_aisle-color-danger);
  }

  .services {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
  }

  .services li {
    padding: 0 0.5rem;
    border: 1px solid var(--_aisle-color-border);
    border-radius: 999px;
  }

  .hours table {
    border-collapse: collapse;
    margin-top: 0.25rem;
  }

  .hours th,
  .hours td {
    text-align: start;
    padding: 0.125rem 0.75rem 0.125rem 0;
    font-weight: 400;
  }

  .hours tr.today {
    font-weight: 700;
  }

  .exceptions {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.25rem;
  }

  /* The pressed view, and "Make this my store". */
  .switch [aria-pressed='true'],
  .make-mine {
    background: var(--_aisle-color-primary);
    color: var(--_aisle-color-on-primary);
    border-color: var(--_aisle-color-primary);
  }

  .empty,
  .error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .error p {
    margin: 0;
    color: var(--_aisle-color-danger);
  }

  /* Forced colours drop backgrounds and shadows: the chosen suggestion, the pressed view and
     the selected store keep an outline. */
  @media (forced-colors: active) {
    [aria-selected='true'],
    [aria-pressed='true'],
    .selected {
      outline: 2px solid;
      outline-offset: -2px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
