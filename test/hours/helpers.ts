import type { Store, Weekday, WeeklyHours } from '../../src/client/types.js';
import { makeStore } from '../geo/fixtures.js';

export const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function week(days: Weekday[], opens: string, closes: string): WeeklyHours[] {
  return days.map((day) => ({ day, opens, closes }));
}

/** A store with the given weekly hours (default Mon–Sat 09:00–19:00) in a time zone. */
export function storeWith(
  weekly: WeeklyHours[] = week(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '09:00', '19:00'),
  overrides: Partial<Store> & { exceptions?: Store['hours']['exceptions'] } = {},
): Store {
  const { exceptions = [], ...rest } = overrides;
  return makeStore({ hours: { weekly, exceptions }, ...rest });
}

export const at = (iso: string) => new Date(iso);

/** Non-breaking spaces (French times, Intl's narrow space) as plain spaces, for readable asserts. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
