/**
 * An iCalendar (RFC 5545) file for a pickup: one VEVENT, CRLF line ends, content lines folded at
 * 75 octets (never inside a UTF-8 sequence), TEXT values escaped, times in UTC.
 */

export interface IcsEvent {
  /** Globally unique and stable: the same reservation always gives the same UID. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** DTSTAMP (default: now). */
  stamp?: Date;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** `20261123T154500Z`. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start
 * with one space, and a multi-octet character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * One property's content line. Control characters are dropped (TEXT values have their line
 * breaks escaped first): a line break in an API's value (a reservation id, a store's URL) would
 * otherwise start properties of its own in the shopper's calendar.
 */
function property(name: string, value: string): string {
  // eslint-disable-next-line no-control-regex
  return foldLine(`${name}:${value.replace(/[\x00-\x1f\x7f]/g, '')}`);
}

/** The whole VCALENDAR text, ending with CRLF. */
export function buildIcs(event: IcsEvent, prodId = '-//Aisle//Reserve in store//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    property('UID', event.uid),
    `DTSTAMP:${formatUtc(event.stamp ?? new Date())}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    property('SUMMARY', escapeText(event.summary)),
  ];
  if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
  if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
  if (event.url && /^https?:\/\//i.test(event.url)) lines.push(property('URL', event.url));
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

/** Offers the text as a file download through a Blob URL (revoked once the click is handled). */
export function downloadIcs(filename: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
