import { css } from 'lit';

/**
 * The dialog's styles, adopted into the element's shadow root when the dialog module loads (after
 * the button's own styles, which still apply to the dialog's buttons and fields).
 */
export default css`
  input:focus-visible,
  select:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_aisle-color-focus);
    outline-offset: 2px;
  }
  /* Step headings take focus from script so screen readers read them: no ring for that. */
  h3[tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .primary {
    background: var(--aisle-reserve-button-background, var(--_aisle-color-primary));
    color: var(--aisle-reserve-button-color, var(--_aisle-color-on-primary));
    border-color: transparent;
    font-weight: 600;
  }
  .danger {
    color: var(--_aisle-color-danger);
    border-color: currentColor;
  }
  /* Text buttons ("Change store", a store nearby): 44px tall to touch, as the dialog's others. */
  .link {
    border: none;
    background: none;
    padding: 0;
    min-height: 44px;
    color: var(--_aisle-color-primary);
    text-decoration: underline;
    text-align: start;
  }

  /* On a narrow screen the margins and padding stop growing with the text (200% text on a phone
     left ~200 px for the title): at most a tenth of the screen in all, a twentieth inside. */
  dialog {
    --_aisle-dialog-pad: min(calc(var(--_aisle-space) * 2), 5vw);
    box-sizing: border-box;
    width: min(32rem, calc(100vw - min(2rem, 10vw)));
    max-width: none; /* the browser's is 2em less than the screen: 64 px at 200% text */
    max-height: calc(100dvh - min(2rem, 10dvh));
    /* A swipe that reaches the end of the dialog's own scroll stops there (the page is locked). */
    overscroll-behavior: contain;
    padding: 0;
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    background: var(--aisle-reserve-dialog-background, var(--_aisle-color-surface));
    color: var(--_aisle-color-text);
    font: inherit;
    /* A store name or code with no space in it wraps rather than running out of the dialog. */
    overflow-wrap: break-word;
  }
  dialog::backdrop {
    background: var(--aisle-reserve-backdrop, rgb(0 0 0 / 0.5));
  }
  /* The close button sits beside the title, or above it (wrap-reverse) when the title's longest
     word would not fit beside it: the title breaks between words, inside one only if a word is
     wider than the dialog (max-width caps the flex item's minimum, its longest word). */
  header {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: start;
    gap: var(--_aisle-space);
    padding: var(--_aisle-dialog-pad);
    border-bottom: 1px solid var(--_aisle-color-border);
  }
  header .titles {
    flex: 1 1 0;
    max-width: 100%;
  }
  h2 {
    margin: 0;
    overflow-wrap: break-word;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    margin: 0 0 var(--_aisle-space);
    font-size: 1.05em;
  }
  .close {
    margin-inline-start: auto;
    min-width: 44px;
    padding: 0;
    border: none;
    background: none;
    font-size: 1.5em;
    line-height: 1;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_aisle-space) * 1.5);
    padding: var(--_aisle-dialog-pad);
    container-type: inline-size;
  }
  .body p {
    margin: 0;
  }
  .muted,
  .hint,
  .label {
    color: var(--_aisle-color-text-muted);
    font-size: 0.875em;
  }
  .store {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_aisle-space) / 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_aisle-space) / 2);
  }
  input:not([type='checkbox']),
  select {
    font: inherit;
    padding: var(--_aisle-space);
    border: 1px solid var(--_aisle-color-border);
    border-radius: var(--_aisle-radius);
    background: var(--_aisle-color-surface);
    color: var(--_aisle-color-text);
    min-height: 44px;
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: var(--_aisle-color-danger);
    border-width: 2px;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_aisle-space);
    align-items: start;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
  }
  .check .field-error {
    grid-column: 2;
  }
  .field-error,
  .error {
    color: var(--_aisle-color-danger);
    font-size: 0.875em;
  }
  .field-error:empty {
    display: none;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_aisle-space) * 1.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_aisle-space);
    justify-content: flex-end;
    /* Scrolled into view with the focus ring around its buttons (3 px, 2 px off). */
    scroll-margin-block: var(--_aisle-space);
  }
  [part='cancel-question'] {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  .countdown {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_aisle-space);
    padding: var(--_aisle-space);
    border-radius: var(--_aisle-radius);
    background: var(--_aisle-color-surface-raised);
    font-variant-numeric: tabular-nums;
  }
  [part='more-time'] {
    margin-inline-start: auto;
  }
  .alternatives {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* An inline-block's baseline is its last line's: a wrapped name had its bullet beside its
     second line. A flex container's is its first line's. */
  .alternatives .link {
    display: inline-flex;
    align-items: center;
  }
  .alternatives li + li {
    margin-top: calc(var(--_aisle-space) / 2);
  }
  .confirmed {
    color: var(--_aisle-color-success);
    font-weight: 600;
  }
  .code-block {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_aisle-space) * 2);
    align-items: center;
  }
  .code {
    display: block;
    font-size: 1.5em;
    letter-spacing: 0.08em;
    font-variant-numeric: tabular-nums;
  }
  /* Never wider than the dialog's inside (8rem is 256 px at 200% text). */
  .qr {
    width: var(--aisle-reserve-qr-size, 8rem);
    max-width: 100%;
    aspect-ratio: 1;
    flex: none;
    background: #fff;
  }
  .address {
    font-style: normal;
  }
  .hours {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .hours .range {
    white-space: nowrap;
  }
  .hours caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_aisle-space) / 2);
  }
  .hours th {
    text-align: start;
    font-weight: 400;
    padding-inline-end: calc(var(--_aisle-space) * 2);
  }
  /* "Samedi 5 décembre": the first letter only (capitalize would give "Décembre" too). */
  .hours th::first-letter {
    text-transform: uppercase;
  }
  /* A narrow screen, large text or wider text spacing (WCAG 1.4.12): the day above its hours, not
     two columns that run out of the dialog; a range then breaks after its dash only if a whole
     line cannot hold it. */
  @container (max-width: 18em) {
    .hours tr,
    .hours th,
    .hours td {
      display: block;
    }
    .hours th {
      padding-inline-end: 0;
    }
    .hours tr + tr {
      margin-top: calc(var(--_aisle-space) / 2);
    }
    .hours .range {
      white-space: normal;
    }
  }
`;
