/**
 * Keeps the page behind a modal dialog from scrolling: a modal `<dialog>` makes the page inert
 * but not still, and on touch screens a swipe on the backdrop (or on a step shorter than the
 * screen) scrolls the page behind. While at least one dialog holds the lock, the document's
 * `overflow` is `hidden`; the last one to let go puts back the page's own inline value.
 *
 * The holders are kept on the page, not in this module, so that two copies of Aisle (each with its
 * own dialog) share one lock instead of restoring each other's `hidden`. This file sits beside the
 * dialog, not in src/internal/, whose files go to the core chunk that every page loads.
 */

interface Lock {
  holders: Set<object>;
  /** The page's inline `overflow` on `document.documentElement` before the first holder. */
  saved: string;
}

const KEY = Symbol.for('aisle.scroll-lock');

function lock(): Lock {
  const page = globalThis as typeof globalThis & { [KEY]?: Lock };
  return (page[KEY] ??= { holders: new Set(), saved: '' });
}

/** Stops the document scrolling while `holder` (a dialog) is open; holding twice is holding once. */
export function lockScroll(holder: object): void {
  const l = lock();
  const style = document.documentElement.style;
  if (!l.holders.size) l.saved = style.overflow;
  l.holders.add(holder);
  style.overflow = 'hidden';
}

/** `holder` closed: the document scrolls again once no other holder is left. */
export function unlockScroll(holder: object | null): void {
  const l = lock();
  if (holder && l.holders.delete(holder) && !l.holders.size) {
    document.documentElement.style.overflow = l.saved;
  }
}

/** `dialog.showModal()`, with the page behind held still until `unlockScroll(dialog)`. */
export function showModal(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  dialog.showModal();
  lockScroll(dialog);
}
