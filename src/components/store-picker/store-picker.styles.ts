import { css } from 'lit';

export default css`
  :host {
    display: block;
    padding: var(--_aisle-space);
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    background: var(--_aisle-color-surface);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: calc(var(--_aisle-space) / 2);
  }
  /* The field keeps room for a postcode or a town: in a narrow column the buttons go below. */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_aisle-space) / 2);
  }
  input {
    flex: 1 1 8em;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: var(--_aisle-color-surface);
    padding: 0.375em 0.5em;
    border: 1px solid var(--_aisle-color-border);
    border-radius: calc(var(--_aisle-radius) / 2);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_aisle-radius) / 2);
  }
  button[type='submit'] {
    color: var(--_aisle-color-on-primary);
    background: var(--_aisle-color-primary);
    border: 1px solid var(--_aisle-color-primary);
    padding: 0.375em 0.75em;
  }
  .locate {
    margin-top: calc(var(--_aisle-space) / 2);
    color: var(--_aisle-color-primary);
    background: none;
    border: 0;
    padding: 0.25em 0;
    text-decoration: underline;
  }
  /* While locating: it keeps its focus, so it is aria-disabled, not disabled. */
  .locate[aria-disabled='true'] {
    cursor: progress;
  }
  .count,
  .note {
    margin: var(--_aisle-space) 0 0;
    font-size: 0.875em;
  }
  .note {
    color: var(--_aisle-color-text-muted);
  }
  .count:empty {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: calc(var(--_aisle-space) / 2) 0 0;
    padding: 0;
  }
  li + li {
    border-top: 1px solid var(--_aisle-color-border);
  }
  ul button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    padding: calc(var(--_aisle-space) / 2) 0;
  }
  ul button:hover .name {
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
    color: var(--_aisle-color-primary);
  }
  .meta {
    font-size: 0.875em;
    color: var(--_aisle-color-text-muted);
  }
  /* Forced colours paint every button's text alike: without its link colour, a store to choose
     would read as plain text. */
  @media (forced-colors: active) {
    .name {
      text-decoration: underline;
    }
  }
`;
