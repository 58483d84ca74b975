/**
 * The mock's store network: a fixed, seeded set of 320 stores at real French towns (the default
 * data set), and `generateStores(n, seed)` for large synthetic networks (benchmarks, locator).
 */
import type { HoursException, Store, Weekday, WeeklyHours } from '../../client/types.js';
import { holidayExceptions } from './holidays.js';
import { SERVICES } from './services.js';
import { between, pick, prng } from './prng.js';
import { DISTRICTS, towns, type Town } from './towns.js';

export const DEFAULT_SEED = 20260101;
export const DEFAULT_STORE_COUNT = 320;

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const week = (days: Weekday[], opens: string, closes: string): WeeklyHours[] =>
  days.map((day) => ({ day, opens, closes }));
const MON_SAT = DAYS.slice(0, 6);

/** Opening-hour patterns seen in French retail; Sunday is closed unless a store opens it. */
const PROFILES: Record<string, WeeklyHours[]> = {
  city: week(MON_SAT, '09:30', '19:30'),
  mall: [...week(DAYS.slice(0, 4), '09:00', '20:00'), ...week(['fri', 'sat'], '09:00', '21:00')],
  park: week(MON_SAT, '09:00', '20:00'),
  town: [
    { day: 'mon', opens: '14:00', closes: '19:00' },
    ...DAYS.slice(1, 6).flatMap((day) => [
      { day, opens: '09:00', closes: '12:00' },
      { day, opens: '14:00', closes: '19:00' },
    ]),
  ],
  overseas: [...week(DAYS.slice(0, 5), '08:00', '18:30'), ...week(['sat'], '08:00', '13:00')],
};
const SUNDAY_MORNING: WeeklyHours = { day: 'sun', opens: '09:30', closes: '12:30' };

const STREETS = [
  'rue de la République',
  'avenue du Général de Gaulle',
  'boulevard Victor Hugo',
  'rue Nationale',
  'avenue Jean Jaurès',
  'rue du Commerce',
  'place de la Gare',
  'rue Gambetta',
  'avenue de la Libération',
  'rue Pasteur',
  'cours Carnot',
  'boulevard Gambetta',
  'rue du Maréchal Foch',
  'avenue Émile Zola',
  'rue Jules Ferry',
];
const MALLS = [
  'Centre commercial Les Arcades',
  'Centre commercial du Parc',
  'ZAC des Portes',
  'Galerie Grand Sud',
];

const PHONE_PREFIX: Record<string, string> = {
  '971': '+590 590',
  '972': '+596 596',
  '973': '+594 594',
  '974': '+262 262',
  '976': '+262 269',
};
const EAST_OCCITANIE = new Set(['11', '30', '34', '48', '66']);
function phoneDigit(town: Town): string {
  const r = town.region;
  if (r === 'Île-de-France') return '1';
  if (['Normandie', 'Bretagne', 'Pays de la Loire', 'Centre-Val de Loire'].includes(r)) return '2';
  if (['Hauts-de-France', 'Grand Est', 'Bourgogne-Franche-Comté'].includes(r)) return '3';
  if (r === 'Occitanie') return EAST_OCCITANIE.has(town.departement) ? '4' : '5';
  if (r === 'Nouvelle-Aquitaine') return '5';
  return '4';
}
function phone(town: Town, random: () => number): string {
  const pair = () => String(between(random, 0, 99)).padStart(2, '0');
  const overseas = PHONE_PREFIX[town.departement];
  if (overseas) return `${overseas} ${pair()} ${pair()} ${pair()}`;
  return `+33 ${phoneDigit(town)} ${pair()} ${pair()} ${pair()} ${pair()}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

const exceptionCache = new Map<string, HoursException[]>();
/** Shared between stores of one département and policy (100k stores share a handful of arrays). */
function holidays(departement: string, opens: boolean, now: number): HoursException[] {
  const from = isoDay(now - 7 * DAY_MS);
  const to = isoDay(now + 200 * DAY_MS);
  const key = `${departement}|${opens}|${from}`;
  let list = exceptionCache.get(key);
  if (!list) {
    list = holidayExceptions(departement, from, to, opens);
    exceptionCache.set(key, list);
  }
  return list;
}

interface Site {
  id: string;
  name: string;
  town: Town;
  postalCode: string;
  lat: number;
  lng: number;
}

function buildStore(site: Site, random: () => number, now: number, own = true): Store {
  const { town } = site;
  const overseas = town.timezone !== 'Europe/Paris';
  const big = town.population > 100_000;
  const profile = overseas
    ? 'overseas'
    : big
      ? pick(random, ['city', 'mall', 'park', 'city'])
      : pick(random, ['town', 'park', 'city', 'mall']);
  const weekly = [...(PROFILES[profile] ?? [])];
  if (random() < 0.15) weekly.push(SUNDAY_MORNING);

  let exceptions = holidays(town.departement, random() < 0.2, now);
  if (own && random() < 0.25) {
    // A store's own one-off: an inventory closure, or a late-night opening.
    const date = isoDay(now + between(random, 2, 60) * DAY_MS);
    const extra: HoursException =
      random() < 0.6
        ? { date, closed: true, label: 'Inventaire' }
        : { date, opens: '09:00', closes: '22:00', label: 'Nocturne' };
    exceptions = [...exceptions.filter((e) => e.date !== date), extra].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
  }

  const services = SERVICES.filter((s) => {
    const p: Record<string, number> = {
      'click-and-collect': 0.85,
      parking: profile === 'city' ? 0.3 : 0.85,
      repairs: 0.35,
      accessible: 0.8,
      returns: 0.7,
      'ev-charging': profile === 'park' || profile === 'mall' ? 0.4 : 0.05,
      locker: 0.2,
    };
    return random() < (p[s] ?? 0);
  });
  const pickupEnabled = services.includes('click-and-collect');
  const line2 = profile === 'mall' || profile === 'park' ? pick(random, MALLS) : undefined;

  const store: Store = {
    id: site.id,
    name: site.name,
    address: {
      line1: `${between(random, 1, 180)} ${pick(random, STREETS)}`,
      ...(line2 ? { line2 } : {}),
      postalCode: site.postalCode,
      city: town.name,
      ...(town.region ? { region: town.region } : {}),
      country: 'FR',
    },
    location: { lat: site.lat, lng: site.lng },
    timezone: town.timezone,
    phone: phone(town, random),
    email: `${site.id}@stores.aisle.example`,
    url: `https://www.aisle.example/magasins/${site.id}`,
    services,
    hours: { weekly, exceptions },
    pickup: {
      enabled: pickupEnabled,
      prepMinutes: pick(random, [30, 60, 60, 120, 240]),
      holdMinutes: pick(random, [10, 15, 15, 20, 30]),
      slots: pickupEnabled && random() < 0.35,
      ...(random() < 0.4 ? { cutoff: pick(random, ['17:00', '18:00', '18:30']) } : {}),
      keepDays: pick(random, [3, 5, 7]),
    },
  };
  return store;
}

/** Moves a point by up to `km` in a random direction. */
function jitter(random: () => number, lat: number, lng: number, km: number): [number, number] {
  const r = km * Math.sqrt(random());
  const a = random() * 2 * Math.PI;
  const dLat = (r * Math.cos(a)) / 111.32;
  const dLng = (r * Math.sin(a)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [Number((lat + dLat).toFixed(5)), Number((lng + dLng).toFixed(5))];
}

/**
 * The default network: one store per neighbourhood in the largest cities ("Aisle Lyon
 * Part-Dieu"), then one per town, most populous first, `count` stores in all.
 */
export function buildDefaultStores(
  seed = DEFAULT_SEED,
  count = DEFAULT_STORE_COUNT,
  now = Date.now(),
): Store[] {
  const random = prng(seed);
  const all = towns();
  const byName = new Map(all.map((t) => [t.name, t]));
  const sites: Site[] = [];
  const withDistricts = new Set(DISTRICTS.map(([city]) => city));
  for (const [city, district, postalCode, lat, lng] of DISTRICTS) {
    const town = byName.get(city);
    if (!town) continue;
    const name = `Aisle ${city} ${district}`;
    sites.push({ id: slug(`${city} ${district}`), name, town, postalCode, lat, lng });
  }
  const ids = new Set(sites.map((s) => s.id));
  const names = new Set<string>();
  for (const town of all) {
    if (sites.length >= count) break;
    if (withDistricts.has(town.name)) continue;
    let id = slug(town.name);
    if (ids.has(id)) id = `${id}-${town.departement}`;
    ids.add(id);
    const [lat, lng] = jitter(random, town.lat, town.lng, 1.5);
    let name = `Aisle ${town.name}`;
    if (names.has(name)) name = `${name} (${town.region || town.departement})`;
    names.add(name);
    sites.push({ id, name, town, postalCode: town.postalCode, lat, lng });
  }
  return sites.slice(0, count).map((site) => buildStore(site, random, now));
}

const SUFFIXES = ['Centre', 'Gare', 'Nord', 'Sud', 'Est', 'Ouest', 'Zone commerciale', 'Port'];

/**
 * A large synthetic network for benchmarks and the locator: `n` stores around real towns
 * (larger towns get more), deterministic for a given seed. Ids are `g<seed>-<index>`.
 */
export function generateStores(n: number, seed = 1, now = Date.now()): Store[] {
  const random = prng(seed);
  const all = towns();
  const used = new Map<string, number>();
  const out: Store[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const town = all[Math.floor(random() ** 2 * all.length)] as Town;
    const k = (used.get(town.name) ?? 0) + 1;
    used.set(town.name, k);
    const suffix =
      k === 1
        ? ''
        : ` ${SUFFIXES[(k - 2) % SUFFIXES.length]}${k > SUFFIXES.length + 1 ? ` ${Math.ceil((k - 1) / SUFFIXES.length)}` : ''}`;
    const spread = 2 + Math.sqrt(town.population) / 60;
    const [lat, lng] = jitter(random, town.lat, town.lng, spread);
    const site: Site = {
      id: `g${seed}-${i}`,
      name: `Aisle ${town.name}${suffix}`,
      town,
      postalCode: town.postalCode,
      lat,
      lng,
    };
    out[i] = buildStore(site, random, now, false);
  }
  return out;
}
