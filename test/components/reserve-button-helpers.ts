import { expect } from '@open-wc/testing';

/** Unfolds an iCalendar text back into logical lines, checking the rules on the way. */
export function parseIcs(text: string): string[] {
  expect(text.endsWith('\r\n')).to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) {
    expect(line).not.to.include('\n');
    expect(encoder.encode(line).length, line).to.be.at.most(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}
