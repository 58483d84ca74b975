/** Contract-shaped data and handlers for the client tests (the shared mock data set is not used). */
import { http, HttpResponse } from 'msw';
import type { AvailabilityProvider } from '../../src/client/provider.js';
import type { AvailabilityEntry, Store } from '../../src/client/types.js';
import { requests } from '../helpers/mock-api.js';

export const API = '/aisle-api/v1';

/** A hold as the API answers `POST /holds`. */
export const hold = {
  id: 'h1',
  sku: 'A',
  storeId: 's1',
  quantity: 1,
  status: 'held',
  expiresAt: '2026-11-23T10:30:00Z',
};

export function makeStore(id: string, extra: Partial<Store> = {}): Store {
  return {
    id,
    name: `Store ${id}`,
    address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    location: { lat: 48.8686, lng: 2.3314 },
    timezone: 'Europe/Paris',
    services: ['pickup'],
    hours: {
      weekly: [{ day: 'mon', opens: '09:00', closes: '19:00' }],
      exceptions: [{ date: '2026-12-25', closed: true, label: 'Noël' }],
    },
    pickup: { enabled: true, prepMinutes: 60, holdMinutes: 30, slots: false },
    ...extra,
  };
}

export function makeEntry(
  sku: string,
  storeId: string,
  extra: Partial<AvailabilityEntry> = {},
): AvailabilityEntry {
  return {
    sku,
    storeId,
    status: 'in_stock',
    quantity: 5,
    updatedAt: '2026-11-23T10:00:00Z',
    ...extra,
  };
}

/** The lists a GET /availability asked for. */
export function askedFor(request: Request): { skus: string[]; stores: string[] } {
  const url = new URL(request.url);
  const list = (name: string) => (url.searchParams.get(name) ?? '').split(',').filter(Boolean);
  return { skus: list('skus'), stores: list('stores') };
}

/**
 * GET /availability answering every asked pair as in stock, except pairs `missing` leaves out
 * (those read as unknown). Returns the URLs it served.
 */
export function availabilityHandler(
  missing: (sku: string, storeId: string) => boolean = () => false,
) {
  return http.get(`*${API}/availability`, ({ request }) => {
    const { skus, stores } = askedFor(request);
    const availability = skus.flatMap((sku) =>
      stores.filter((s) => !missing(sku, s)).map((storeId) => makeEntry(sku, storeId)),
    );
    return HttpResponse.json({ availability });
  });
}

/** Requests made to a path of the API (e.g. "/availability"). */
export function requestsTo(path: string, method = 'GET'): Request[] {
  return requests.filter(
    (r) => r.method === method && new URL(r.url).pathname.endsWith(`${API}${path}`),
  );
}

/** Lets the batcher's 0 ms flush timer run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A sleep that records the delays asked for and returns at once. */
export function recordingSleep() {
  const delays: number[] = [];
  const sleep = (ms: number) => {
    delays.push(ms);
    return Promise.resolve();
  };
  return { delays, sleep };
}

export function problem(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    {
      type: `https://aisle.dev/problems/${code}`,
      title: code,
      status,
      code,
      detail: `detail ${code}`,
    },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** A retailer's provider whose every function fails unless `part` gives it. */
export function providerWith(part: Partial<AvailabilityProvider>): AvailabilityProvider {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    searchStores: fail,
    getStore: fail,
    getAvailability: fail,
    getSlots: fail,
    createHold: fail,
    confirmHold: fail,
    releaseHold: fail,
    getReservation: fail,
    cancelReservation: fail,
    ...part,
  };
}
