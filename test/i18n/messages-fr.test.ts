import { expect } from '@open-wc/testing';
import { fr } from '../../src/i18n/messages/fr.js';

/** Every French string, functions called with sample arguments of each common shape. */
function frenchStrings(): Array<[key: string, text: string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(fr)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (typeof value === 'function') {
      for (const args of [
        [2, 3, 4],
        ['Lyon', '2,4 km', 5],
        ['X-1', 'lundi', 'mardi'],
      ]) {
        try {
          const text: unknown = (value as (...a: unknown[]) => unknown)(...args);
          if (typeof text === 'string') out.push([key, text]);
        } catch {
          // A function that needs other argument types: the other samples cover it.
        }
      }
    }
  }
  return out;
}

describe('French messages follow French typography', () => {
  it('put a non-breaking space, never a plain one, before : ; ? and !', () => {
    const bad = frenchStrings().filter(([, text]) => / [:;?!]/.test(text));
    expect(bad).to.deep.equal([]);
  });

  it('use typographic apostrophes and quotes, not straight ones, in rendered text', () => {
    const bad = frenchStrings().filter(([, text]) => /\w'\w|"/.test(text));
    expect(bad).to.deep.equal([]);
  });
});
