import { plural } from '../plural.js';
import type { Messages } from './types.js';

export const en: Messages = {
  languageName: 'English',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  errorGeneric: 'Something went wrong. Please try again.',
  errorOffline: 'You appear to be offline.',
  demoGreeting: (name) => `Hello from ${name}`,
  storesFound: (n) =>
    n === 0
      ? 'No stores found'
      : plural('en', n, { one: '# store found', other: '# stores found' }),
};
