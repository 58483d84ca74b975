import type { Store } from '../../src/client/types.js';

/** A complete store for tests of pure helpers; override what the test is about. */
export function fixtureStore(overrides: Partial<Store> = {}): Store {
  return {
    id: 'st-1',
    name: 'Aisle Rivoli',
    address: { line1: '10 rue de Rivoli', postalCode: '75004', city: 'Paris', country: 'FR' },
    location: { lat: 48.8556, lng: 2.3589 },
    timezone: 'Europe/Paris',
    phone: '+33 1 23 45 67 89',
    services: ['parking'],
    hours: {
      weekly: [
        { day: 'mon', opens: '09:00', closes: '19:00' },
        { day: 'tue', opens: '09:00', closes: '19:00' },
        { day: 'sat', opens: '10:00', closes: '18:00' },
      ],
      exceptions: [{ date: '2026-12-25', closed: true }],
    },
    pickup: { enabled: true, prepMinutes: 60, holdMinutes: 30, slots: false },
    ...overrides,
  };
}
