/** Seeded random data and store factories for the geo and hours tests. */
import type { Store, StoreHours } from '../../src/client/types.js';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS_9_19: StoreHours = {
  weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({
    day,
    opens: '09:00',
    closes: '19:00',
  })),
  exceptions: [],
};

export function makeStore(overrides: Partial<Store> = {}): Store {
  return {
    id: 's1',
    name: 'Test store',
    address: { line1: '1 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR' },
    location: { lat: 48.8606, lng: 2.3376 },
    timezone: 'Europe/Paris',
    services: [],
    hours: WEEKDAYS_9_19,
    pickup: { enabled: true, prepMinutes: 120, holdMinutes: 30, slots: false },
    ...overrides,
  };
}

/** `n` stores at seeded random points in a box (default: roughly mainland France). */
export function randomStores(
  n: number,
  seed: number,
  box = { south: 42, north: 51, west: -5, east: 8 },
): Store[] {
  const rand = seeded(seed);
  return Array.from({ length: n }, (_, i) =>
    makeStore({
      id: `r${i}`,
      name: `Store ${i}`,
      location: {
        lat: box.south + rand() * (box.north - box.south),
        lng: box.west + rand() * (box.east - box.west),
      },
      services: rand() < 0.3 ? ['pickup'] : [],
    }),
  );
}
