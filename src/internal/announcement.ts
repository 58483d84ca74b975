/**
 * A sentence for an element's polite live region, with the language it was written in: once
 * the page switches language, the old sentence is no longer shown (a live region does not
 * re-read itself, and a stale sentence in another language would stay in the reading order).
 */
export interface Announcement {
  text: string;
  lang: string;
}

export function announcement(text: string, lang: string): Announcement {
  return { text, lang };
}

/** The text to render in the live region now, for an element currently in `lang`. */
export function liveText(a: Announcement | undefined, lang: string): string {
  return a && a.lang === lang ? a.text : '';
}
