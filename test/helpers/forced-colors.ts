/**
 * Forced colours (Windows High Contrast): the test browsers cannot force them, so tests read an
 * element's own forced-colours rules from its shadow root's style sheets.
 */

/** The declarations of every forced-colours rule of `root` matching `el`. */
export function forcedColorsStyle(root: ShadowRoot, el: Element): CSSStyleDeclaration[] {
  return [...root.adoptedStyleSheets, ...root.styleSheets].flatMap((sheet) =>
    [...sheet.cssRules]
      .filter(
        (r): r is CSSMediaRule =>
          r instanceof CSSMediaRule && /forced-colors:\s*active/.test(r.media.mediaText),
      )
      .flatMap((m) => [...m.cssRules])
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && el.matches(r.selectorText))
      .map((r) => r.style),
  );
}
