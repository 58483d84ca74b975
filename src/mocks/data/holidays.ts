/** French public holidays (jours fériés), with the Alsace-Moselle and overseas additions. */
import type { HoursException } from '../../client/types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function shift(y: number, [m, d]: [number, number], days: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Abolition of slavery day, per overseas département. */
const ABOLITION: Record<string, [number, number]> = {
  '971': [5, 27],
  '972': [5, 22],
  '973': [6, 10],
  '974': [12, 20],
  '976': [4, 27],
};

export interface Holiday {
  date: string;
  label: string;
}

/** The public holidays of one year for a store in the given département. */
export function frenchHolidays(year: number, departement: string): Holiday[] {
  const e = easter(year);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), label: 'Jour de l’an' },
    { date: shift(year, e, 1), label: 'Lundi de Pâques' },
    { date: iso(year, 5, 1), label: 'Fête du Travail' },
    { date: iso(year, 5, 8), label: 'Victoire 1945' },
    { date: shift(year, e, 39), label: 'Ascension' },
    { date: shift(year, e, 50), label: 'Lundi de Pentecôte' },
    { date: iso(year, 7, 14), label: 'Fête nationale' },
    { date: iso(year, 8, 15), label: 'Assomption' },
    { date: iso(year, 11, 1), label: 'Toussaint' },
    { date: iso(year, 11, 11), label: 'Armistice 1918' },
    { date: iso(year, 12, 25), label: 'Noël' },
  ];
  if (['57', '67', '68'].includes(departement)) {
    list.push({ date: shift(year, e, -2), label: 'Vendredi saint' });
    list.push({ date: iso(year, 12, 26), label: 'Saint-Étienne' });
  }
  const abolition = ABOLITION[departement];
  if (abolition) {
    list.push({ date: iso(year, ...abolition), label: 'Abolition de l’esclavage' });
  }
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/** Holidays that close every store, whatever its policy. */
const ALWAYS_CLOSED = new Set(['01-01', '05-01', '12-25']);

/**
 * Exceptions for the holidays between `from` and `to` (inclusive "YYYY-MM-DD"): closed, or short
 * hours when the store opens on holidays (never on 1 January, 1 May or Christmas).
 */
export function holidayExceptions(
  departement: string,
  from: string,
  to: string,
  opensOnHolidays: boolean,
): HoursException[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  const out: HoursException[] = [];
  for (const year of years) {
    for (const h of frenchHolidays(year, departement)) {
      if (h.date < from || h.date > to) continue;
      if (opensOnHolidays && !ALWAYS_CLOSED.has(h.date.slice(5))) {
        out.push({ date: h.date, opens: '10:00', closes: '13:00', label: h.label });
      } else out.push({ date: h.date, closed: true, label: h.label });
    }
  }
  return out;
}
