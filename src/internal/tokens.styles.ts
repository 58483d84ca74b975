import { css } from 'lit';

/**
 * Shared design tokens. Public tokens are `--aisle-*` (set them on the page or on an element);
 * each element reads the private `--_aisle-*` copy so a missing public value falls back cleanly.
 * Each colour is `light-dark(light, dark)`: with the default `theme="auto"` the palette follows
 * the host page's `color-scheme` (a page that says `color-scheme: light dark` follows the OS),
 * so a light page never gets dark text on its light background, nor a dark page the reverse.
 * Both palettes meet WCAG AA for text on surface (checked by test/internal/tokens.test.ts).
 */
export const tokens = css`
  :host {
    --_aisle-color-text: var(--aisle-color-text, light-dark(#1f2328, #e6edf3));
    --_aisle-color-text-muted: var(--aisle-color-text-muted, light-dark(#59636e, #9ea7b3));
    --_aisle-color-surface: var(--aisle-color-surface, light-dark(#ffffff, #161b22));
    --_aisle-color-surface-raised: var(--aisle-color-surface-raised, light-dark(#f6f8fa, #21262d));
    --_aisle-color-border: var(--aisle-color-border, light-dark(#818b98, #6e7681));
    --_aisle-color-primary: var(--aisle-color-primary, light-dark(#0b57d0, #58a6ff));
    --_aisle-color-on-primary: var(--aisle-color-on-primary, light-dark(#ffffff, #0d1117));
    --_aisle-color-success: var(--aisle-color-success, light-dark(#1a7f37, #3fb950));
    --_aisle-color-warning: var(--aisle-color-warning, light-dark(#9a6700, #d29922));
    --_aisle-color-danger: var(--aisle-color-danger, light-dark(#cf222e, #ff7b72));
    --_aisle-color-focus: var(--aisle-color-focus, light-dark(#0b57d0, #58a6ff));
    --_aisle-radius: var(--aisle-radius, 8px);
    --_aisle-space: var(--aisle-space, 0.5rem);
    --_aisle-font-size: var(--aisle-font-size, 1rem);

    /* The host page's inherited text styles must not reshape the component. */
    font-family: var(--aisle-font-family, inherit);
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-size-adjust: none;
    text-shadow: none;
    hyphens: manual;
    tab-size: 8;
    word-break: normal;
    color: var(--_aisle-color-text);
    box-sizing: border-box;
  }

  /* theme="light" or "dark"; by default (auto) the palette follows the page's color scheme. */
  :host([data-aisle-theme='light']) {
    color-scheme: light;
  }
  :host([data-aisle-theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * A page rule on the host element itself ("* { letter-spacing: .3em }") beats ":host", and
   * these inherit: reset them again on the shadow tree's top-level elements, font size (the
   * --aisle-font-size token, 1rem by default) and weight included. Direction is left-to-right
   * because Aisle's languages (English, French) are: inherited from a right-to-left page it
   * scrambled phone numbers and distances.
   */
  :host > * {
    direction: ltr;
    /* A page rule on the host ("* { box-sizing: content-box }") must not reach inside either. */
    box-sizing: border-box;
  }

  /* The text reset both the host and its top-level elements get (see the two rules above). */
  :host,
  :host > * {
    font-size: var(--_aisle-font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_aisle-color-focus);
    outline-offset: 2px;
  }

  /* Fixed, not absolute: an absolute one deep in a scrolled list would escape to the page
     (the list is not its containing block) and stretch the host page's height. */
  .visually-hidden {
    position: fixed !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
