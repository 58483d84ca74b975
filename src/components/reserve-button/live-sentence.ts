/**
 * The sentence in the reserve dialog's polite live region. The same sentence again (a second
 * "More time", the same number of fields to correct on a second submit) would change nothing in
 * the region, and a screen reader would say nothing: the region is emptied, then given the
 * sentence again a moment later, once the browser has passed the empty region on.
 */
import { liveText, type Announcement } from '../../internal/announcement.js';

/** How long the region stays empty before the same sentence is shown again. */
const SAY_AGAIN_MS = 500;

export class LiveSentence {
  /** A sentence waiting to be shown again. */
  private waiting?: Announcement;

  constructor(private readonly show: (sentence: Announcement | undefined) => void) {}

  /** Shows `next` in the region, which shows `shown` now. */
  say(next: Announcement, shown: Announcement | undefined): void {
    const again = liveText(shown, next.lang) === next.text;
    this.show(again ? undefined : next);
    if (!again) return;
    this.waiting = next;
    setTimeout(() => this.waiting === next && this.show(next), SAY_AGAIN_MS);
  }

  /** The region was given another sentence, or emptied: one waiting is not shown. */
  drop(): void {
    this.waiting = undefined;
  }
}
