import { expect } from '@open-wc/testing';
import type { LatLng, Store } from '../../src/client/types.js';
import { distanceKm } from '../../src/geo/distance.js';
import { parseLatLng } from '../../src/geo/lat-lng.js';
import { createStoreIndex } from '../../src/geo/store-index.js';
import { randomStores, seeded } from './fixtures.js';

/** The answer by brute force: every store's distance, sorted. */
function bruteForce(
  stores: Store[],
  point: LatLng,
  {
    limit = Infinity,
    maxKm = Infinity,
    filter = (_s: Store): boolean => true,
  }: { limit?: number; maxKm?: number; filter?: (s: Store) => boolean } = {},
) {
  return stores
    .filter(filter)
    .map((store) => ({ store, distanceKm: distanceKm(point, store.location) }))
    .filter((h) => h.distanceKm <= maxKm)
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, limit);
}

const ids = (hits: Array<{ store: Store }>) => hits.map((h) => h.store.id);

describe('geo/distance', () => {
  it('gives known great-circle distances', () => {
    const paris = { lat: 48.8566, lng: 2.3522 };
    const lyon = { lat: 45.764, lng: 4.8357 };
    const marseille = { lat: 43.2965, lng: 5.3698 };
    expect(distanceKm(paris, lyon)).to.be.closeTo(391.5, 1.5);
    expect(distanceKm(paris, marseille)).to.be.closeTo(661, 2);
    expect(distanceKm(paris, paris)).to.equal(0);
    expect(distanceKm(paris, lyon)).to.equal(distanceKm(lyon, paris));
    // Across the antimeridian: 2 degrees of longitude at the equator, about 222 km.
    expect(distanceKm({ lat: 0, lng: 179 }, { lat: 0, lng: -179 })).to.be.closeTo(222.4, 0.2);
  });

  it('parses "lat,lng" and rejects garbage', () => {
    expect(parseLatLng(' 48.85, 2.35 ')).to.deep.equal({ lat: 48.85, lng: 2.35 });
    expect(parseLatLng('95,2')).to.equal(undefined);
    expect(parseLatLng('48.8')).to.equal(undefined);
    expect(parseLatLng('a,b')).to.equal(undefined);
    expect(parseLatLng(',2')).to.equal(undefined);
    expect(parseLatLng(null)).to.equal(undefined);
  });
});

describe('geo/store-index', () => {
  const stores = randomStores(5000, 42);
  const index = createStoreIndex(stores);
  const rand = seeded(7);
  const points: LatLng[] = Array.from({ length: 25 }, () => ({
    lat: 41 + rand() * 11,
    lng: -6 + rand() * 15,
  }));

  it('indexes every store with a valid location', () => {
    const broken = { ...stores[0]!, id: 'bad', location: { lat: Number.NaN, lng: 2 } };
    expect(createStoreIndex([...stores, broken]).size).to.equal(stores.length);
  });

  it('nearest equals a brute-force sort on random data', () => {
    for (const p of points) {
      const got = index.nearest(p, { limit: 10 });
      const want = bruteForce(stores, p, { limit: 10 });
      expect(ids(got)).to.deep.equal(ids(want));
      got.forEach((h, i) => expect(h.distanceKm).to.be.closeTo(want[i]!.distanceKm, 1e-9));
    }
  });

  it('nearest honours maxKm and a filter together', () => {
    const filter = (s: Store) => s.services.includes('pickup');
    for (const p of points) {
      const got = index.nearest(p, { limit: 7, maxKm: 40, filter });
      expect(ids(got)).to.deep.equal(ids(bruteForce(stores, p, { limit: 7, maxKm: 40, filter })));
      for (const h of got) expect(h.store.services).to.include('pickup');
    }
  });

  it('within equals a brute-force radius query, with and without a limit', () => {
    let total = 0;
    for (const p of points) {
      const all = index.within(p, 60);
      expect(ids(all)).to.deep.equal(ids(bruteForce(stores, p, { maxKm: 60 })));
      total += all.length;
      expect(ids(index.within(p, 60, { limit: 3 }))).to.deep.equal(ids(all.slice(0, 3)));
    }
    // The data must actually exercise the radius: some hits, not all stores.
    expect(total).to.be.greaterThan(0);
    expect(total).to.be.lessThan(stores.length * points.length);
  });

  it('handles the antimeridian and empty lists', () => {
    const pacific = randomStores(400, 3, { south: -20, north: 20, west: 170, east: 180 }).concat(
      randomStores(400, 4, { south: -20, north: 20, west: -180, east: -170 }).map((s) => ({
        ...s,
        id: `w${s.id}`,
      })),
    );
    const p = { lat: 0, lng: 179.9 };
    const got = createStoreIndex(pacific).nearest(p, { limit: 20 });
    expect(ids(got)).to.deep.equal(ids(bruteForce(pacific, p, { limit: 20 })));
    expect(got.some((h) => h.store.location.lng < 0)).to.equal(true);

    const empty = createStoreIndex([]);
    expect(empty.size).to.equal(0);
    expect(empty.nearest(p)).to.deep.equal([]);
    expect(empty.within(p, 100)).to.deep.equal([]);
  });

  it('returns nothing for an invalid point or radius', () => {
    expect(index.nearest({ lat: Number.NaN, lng: 0 })).to.deep.equal([]);
    expect(index.within(points[0]!, -1)).to.deep.equal([]);
    expect(index.nearest(points[0]!, { limit: 0 })).to.deep.equal([]);
  });
});
