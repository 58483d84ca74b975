/**
 * A press that takes away what was under the pointer (the dialog's ×) leaves the second tap of a
 * double tap to land on the page behind: a link or a button the shopper never saw, or nothing,
 * which takes the focus from the reserve button to the page. That second tap is swallowed.
 */

/** The press's events that a double tap's second tap brings, in order. */
const EVENTS = ['mousedown', 'click'] as const;

/**
 * After `event` (a click that closes something), the next mousedown and click on the page are
 * stopped before the page sees them when they are a double click's second (`detail` 2 or more),
 * and let through otherwise. A keyboard click (`detail` 0) changes nothing.
 */
export function swallowSecondTap(event: MouseEvent): void {
  if (!event.detail) return;
  for (const type of EVENTS) {
    const next = (second: MouseEvent) => {
      removeEventListener(type, next, true);
      if (second.detail < 2) return;
      second.preventDefault(); // no focus moved, no link followed
      second.stopImmediatePropagation();
    };
    addEventListener(type, next, true);
  }
}
