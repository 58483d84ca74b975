/**
 * `el` (itself included) and its ancestors that match `selector`, nearest first, crossing shadow
 * roots to their hosts (the browser's own `closest` within each tree).
 */
export function* composedClosest(el: Element, selector: string): Generator<Element> {
  for (let at: Element | null | undefined = el; at;) {
    const found: Element | null = at.closest(selector);
    if (found) yield found;
    // On in this tree above the match, else out to the host of this tree's shadow root.
    at = found?.parentElement ?? ((found ?? at).getRootNode() as ShadowRoot).host;
  }
}

/** The nearest element (itself included) with a `lang` attribute, crossing shadow roots. */
export function closestLang(el: Element): string | null {
  return composedClosest(el, '[lang]').next().value?.getAttribute('lang') ?? null;
}

/** The browser says it has no network (an error message can say so instead of a generic one). */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
