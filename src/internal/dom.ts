/** The parent of a node, stepping out of shadow roots to their host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** Ancestors of `node` (itself excluded), nearest first, crossing shadow boundaries. */
export function* composedAncestors(node: Node): Generator<Element> {
  let current = composedParent(node);
  while (current) {
    if (current instanceof Element) yield current;
    current = composedParent(current);
  }
}

/** The nearest element (itself included) with a `lang` attribute, crossing shadow roots. */
export function closestLang(el: Element): string | null {
  if (el.hasAttribute('lang')) return el.getAttribute('lang');
  for (const ancestor of composedAncestors(el)) {
    if (ancestor.hasAttribute('lang')) return ancestor.getAttribute('lang');
  }
  return null;
}

/** The browser says it has no network (an error message can say so instead of a generic one). */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
