/**
 * A press that takes away what was under the pointer (the dialog's ×) leaves the second tap of a
 * double tap to land on the page behind: a link or a button the shopper never saw, a map that
 * zooms on a double click, or nothing, which takes the focus from the reserve button to the page.
 * That second tap is swallowed.
 */

/** The mouse events of a double tap's second tap, in order. */
const EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;

/**
 * After `event` (a click that closes something), the page's next press is stopped before the page
 * sees it when it is a double click's second (`detail` 2 or more), up to its dblclick; a press of
 * its own (`detail` 1) goes through and ends the watch. A keyboard click (`detail` 0) changes
 * nothing.
 */
export function swallowSecondTap(event: MouseEvent): void {
  if (!event.detail) return;
  const done = () => EVENTS.forEach((type) => removeEventListener(type, next, true));
  const next = (second: MouseEvent) => {
    if (second.detail < 2) return done();
    second.preventDefault(); // no focus moved, no link followed
    second.stopImmediatePropagation();
    if (second.type === 'dblclick') done();
  };
  EVENTS.forEach((type) => addEventListener(type, next, true));
}
