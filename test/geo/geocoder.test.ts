import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { BAN_LEGACY_URL, BAN_URL } from '../../src/geo/ban-geocoder.js';
import { createGeocoder, lazyGeocoder, withFallback } from '../../src/geo/create-geocoder.js';
import { GeocodeError, type Suggestion } from '../../src/geo/geocoder.js';
import { createLocalGeocoder } from '../../src/geo/local-geocoder.js';
import { geocoderHandlers, resetGeocoderMock, setGeocoderMock } from '../../src/mocks/geocoders.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import { makeStore } from './fixtures.js';

const stores = [
  makeStore({ id: 'p1', name: 'Aisle Rivoli' }),
  makeStore({
    id: 'p4',
    name: 'Aisle Marais',
    address: {
      line1: '5 rue Vieille du Temple',
      postalCode: '75004',
      city: 'Paris',
      country: 'FR',
    },
    location: { lat: 48.8566, lng: 2.3601 },
  }),
  makeStore({
    id: 'se',
    name: 'Aisle Jaurès',
    address: {
      line1: '2 place Jean Jaurès',
      postalCode: '42000',
      city: 'Saint-Étienne',
      country: 'FR',
    },
    location: { lat: 45.4397, lng: 4.3872 },
  }),
  makeStore({
    id: 'sd',
    name: 'Aisle Basilique',
    address: {
      line1: '1 rue de la République',
      postalCode: '93200',
      city: 'Saint-Denis',
      country: 'FR',
    },
    location: { lat: 48.9362, lng: 2.3574 },
  }),
  makeStore({
    id: 'ly',
    name: 'Aisle Bellecour',
    address: { line1: '1 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    location: { lat: 45.7578, lng: 4.832 },
  }),
];

const labels = (s: Suggestion[]) => s.map((x) => x.label);

describe('geo/geocoder: local', () => {
  const local = createLocalGeocoder(stores);

  it('matches postcodes by prefix, with the centroid of their stores', async () => {
    const got = await local.suggest('750');
    expect(labels(got)).to.deep.equal(['75001 Paris', '75004 Paris']);
    expect(got[0]!.kind).to.equal('postcode');
    expect(got[0]!.postcode).to.equal('75001');
    const paris = await local.suggest('75');
    expect(paris.filter((s) => s.kind === 'postcode')).to.have.length(2);
    const one = await local.suggest('42000');
    expect(one[0]!.point).to.deep.equal({ lat: 45.4397, lng: 4.3872 });
  });

  it('matches cities without accents or case, exact and prefix first', async () => {
    expect(labels(await local.suggest('SAINT ETI'))).to.deep.equal(['Saint-Étienne']);
    expect(labels(await local.suggest('saint')).slice(0, 2)).to.deep.equal([
      'Saint-Denis',
      'Saint-Étienne',
    ]);
    expect(labels(await local.suggest('etienne'))).to.include('Saint-Étienne');
    const paris = await local.suggest('paris');
    expect(paris[0]).to.include({ label: 'Paris', kind: 'city', city: 'Paris' });
    // Two stores in Paris: the point is between them, and no single postcode.
    expect(paris[0]!.point.lat).to.be.closeTo((48.8606 + 48.8566) / 2, 1e-9);
    expect(paris[0]!.postcode).to.equal(undefined);
  });

  it('reads "St" and "Ste" as written-out Saint and Sainte, as town names are', async () => {
    expect(labels(await local.suggest('St Etienne'))).to.deep.equal(['Saint-Étienne']);
    expect(labels(await local.suggest('st-eti'))).to.deep.equal(['Saint-Étienne']);
    expect(labels(await local.suggest('St. Denis'))).to.deep.equal(['Saint-Denis']);
    expect(labels(await local.suggest('ste etienne'))).to.deep.equal([]); // Sainte: another town
    // Words that only start with "st" are left alone.
    expect(labels(await local.suggest('stras'))).to.deep.equal([]);
  });

  it('finds the postcode or town of a whole address (the place it names, not the street)', async () => {
    const full = await local.suggest('2 place Jean Jaurès, 42000 Saint-Étienne');
    expect(labels(full)).to.deep.equal(['42000 Saint-Étienne']);
    expect(labels(await local.suggest('1 place Bellecour, Lyon'))).to.deep.equal(['Lyon']);
    expect(labels(await local.suggest('1 place Bellecour'))).to.deep.equal([]);
  });

  it('finds the town of "Lyon, France" or "Paris, Île-de-France", never a town named after the rest', async () => {
    const martinique = makeStore({
      id: 'fdf',
      name: 'Aisle Malecon',
      address: { line1: '1 rue X', postalCode: '97200', city: 'Fort-de-France', country: 'FR' },
      location: { lat: 14.6, lng: -61.07 },
    });
    const marseille = makeStore({
      id: 'mrs',
      name: 'Aisle Vieux-Port',
      address: { line1: '1 quai X', postalCode: '13001', city: 'Marseille', country: 'FR' },
      location: { lat: 43.2965, lng: 5.3698 },
    });
    const aix = makeStore({
      id: 'aix',
      name: 'Aisle Mirabeau',
      address: { line1: '1 cours X', postalCode: '13100', city: 'Aix-en-Provence', country: 'FR' },
      location: { lat: 43.5297, lng: 5.4474 },
    });
    const withFortDeFrance = createLocalGeocoder([...stores, martinique, marseille, aix]);
    for (const text of ['Lyon, France', 'Lyon, FR', 'Lyon, Fr.', 'Lyon, France.', 'Lyon, Rhône']) {
      expect(labels(await withFortDeFrance.suggest(text)), text).to.deep.equal(['Lyon']);
    }
    // The town first, not a region or area whose name other towns start with.
    expect(labels(await withFortDeFrance.suggest('Marseille, Provence'))).to.deep.equal([
      'Marseille',
    ]);
    expect(labels(await withFortDeFrance.suggest('Paris, Île-de-France'))).to.deep.equal(['Paris']);
    expect(labels(await withFortDeFrance.suggest('Fort-de-France, France'))).to.deep.equal([
      'Fort-de-France',
    ]);
  });

  it('finds the town beside a postcode no store has ("69001 Lyon")', async () => {
    for (const text of ['69001 Lyon', 'Lyon 69001', '12 rue X 69001 LYON, France', 'Lyon, 69001'])
      expect(labels(await local.suggest(text)), text).to.deep.equal(['Lyon']);
    // A postcode a store has still names that postcode, town or not.
    expect(labels(await local.suggest('42000 Lyon'))).to.deep.equal(['42000 Saint-Étienne']);
  });

  it("finds the stores' places of a postcode's area when no store has that postcode", async () => {
    // "75015" and "75004 Marseille" name no store's place: the stores of the 75 are nearest,
    // the postcodes nearest in number first (75004 is nearer 75015 than 75001 is).
    expect(labels(await local.suggest('75015'))).to.deep.equal(['75004 Paris', '75001 Paris']);
    expect(labels(await local.suggest('12 rue X, 75020'))).to.deep.equal([
      '75004 Paris',
      '75001 Paris',
    ]);
    expect(labels(await local.suggest('75002'))).to.deep.equal(['75001 Paris', '75004 Paris']);
    // A prefix keeps the postcodes in order.
    expect(labels(await local.suggest('750'))).to.deep.equal(['75001 Paris', '75004 Paris']);
    expect(labels(await local.suggest('13001'))).to.deep.equal([]); // no store in the 13
  });

  it('keeps towns of one name far apart as places of their own, each with its postcode', async () => {
    const reunion = makeStore({
      id: 're',
      name: 'Aisle Barachois',
      address: { line1: '1 rue de Paris', postalCode: '97400', city: 'Saint-Denis', country: 'FR' },
      location: { lat: -20.8789, lng: 55.4481 },
    });
    const near = makeStore({
      id: 'sd2',
      name: 'Aisle Pleyel',
      address: {
        line1: '2 bd Anatole France',
        postalCode: '93210',
        city: 'Saint-Denis',
        country: 'FR',
      },
      location: { lat: 48.9195, lng: 2.3436 },
    });
    const got = await createLocalGeocoder([...stores, near, reunion]).suggest('saint-denis');
    const towns = got.filter((s) => s.kind === 'city');
    expect(labels(towns)).to.deep.equal(['Saint-Denis (93200)', 'Saint-Denis (97400)']);
    // Each searches around its own stores, never between the two (in the Sahara).
    expect(towns[0]!.point.lat).to.be.closeTo((48.9362 + 48.9195) / 2, 1e-9);
    expect(towns[1]!.point).to.deep.equal({ lat: -20.8789, lng: 55.4481 });
    expect(towns.map((t) => t.city)).to.deep.equal(['Saint-Denis', 'Saint-Denis']);
    expect(towns[1]!.postcode).to.equal('97400');
    // An overseas area is three digits: the 974 (Réunion), not the 97 (all of them).
    const overseas = await createLocalGeocoder([...stores, reunion]).suggest('97410');
    expect(labels(overseas)).to.deep.equal(['97400 Saint-Denis']);
    expect(await createLocalGeocoder([reunion]).suggest('97110')).to.deep.equal([]);
  });

  it('tells two stores of one name in towns of one name apart by their postcodes', async () => {
    const saintDenis = (id: string, postalCode: string, lat: number, lng: number) =>
      makeStore({
        id,
        name: 'Aisle Saint-Denis',
        address: { line1: '1 rue de Paris', postalCode, city: 'Saint-Denis', country: 'FR' },
        location: { lat, lng },
      });
    const paris = saintDenis('sd-93', '93200', 48.9362, 2.3574);
    const reunion = saintDenis('sd-974', '97400', -20.8789, 55.4481);
    const got = await createLocalGeocoder([paris, reunion]).suggest('aisle saint');
    // Before: "Aisle Saint-Denis, Saint-Denis" twice, one of them in La Réunion.
    expect(labels(got.filter((s) => s.kind === 'store'))).to.deep.equal([
      'Aisle Saint-Denis, 93200 Saint-Denis',
      'Aisle Saint-Denis, 97400 Saint-Denis',
    ]);
  });

  it('matches store names, honours the limit, and ignores short queries', async () => {
    const got = await local.suggest('bellecour');
    expect(got).to.have.length(1);
    expect(got[0]).to.include({
      kind: 'store',
      storeId: 'ly',
      label: 'Aisle Bellecour, 69002 Lyon',
    });
    expect(await local.suggest('aisle', { limit: 2 })).to.have.length(2);
    expect(await local.suggest('p')).to.deep.equal([]);
    expect(await local.suggest('  ')).to.deep.equal([]);
    expect(await local.suggest('zzz')).to.deep.equal([]);
    expect(requests).to.have.length(0);
  });

  it('rejects when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await local.suggest('paris', { signal: controller.signal }).catch((e) => e);
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('geo/geocoder: online (mocked BAN and Photon)', () => {
  beforeEach(() => useHandlers(...geocoderHandlers));
  afterEach(() => resetGeocoderMock());

  it('BAN: reads the GeoJSON at the current official URL', async () => {
    const ban = createGeocoder('ban', { stores });
    const got = await ban.suggest('10 rue de rivoli', {
      limit: 3,
      near: { lat: 48.85, lng: 2.35 },
    });
    expect(got[0]).to.deep.equal({
      label: '10 Rue de Rivoli 75004 Paris',
      point: { lat: 48.8556, lng: 2.359 },
      kind: 'address',
      postcode: '75004',
      city: 'Paris',
    });
    const url = new URL(requests[0]!.url);
    expect(url.origin + url.pathname).to.equal(BAN_URL);
    expect(url.searchParams.get('q')).to.equal('10 rue de rivoli');
    expect(url.searchParams.get('limit')).to.equal('3');
    expect(url.searchParams.get('lat')).to.equal('48.85');
    expect(url.searchParams.get('lon')).to.equal('2.35');
  });

  it('BAN: kinds for municipalities and streets; the legacy URL works too', async () => {
    const ban = createGeocoder('ban', { url: BAN_LEGACY_URL });
    const got = await ban.suggest('lyon');
    expect(got.map((s) => s.kind)).to.deep.equal(['city', 'street']);
    expect(got[0]!.label).to.equal('Lyon');
    expect(requests[0]!.url.startsWith(BAN_LEGACY_URL)).to.equal(true);
  });

  it('Photon: builds labels from OSM parts and sends the language', async () => {
    const photon = createGeocoder('photon');
    const got = await photon.suggest('rivoli', { locale: 'fr-FR' });
    expect(labels(got)).to.deep.equal([
      'Rue de Rivoli, 75001 Paris',
      '10 Rue de Rivoli, 75004 Paris',
    ]);
    expect(got.map((s) => s.kind)).to.deep.equal(['street', 'address']);
    expect(new URL(requests[0]!.url).searchParams.get('lang')).to.equal('fr');
    const city = await photon.suggest('saint-etienne', { locale: 'es-ES' });
    expect(city[0]).to.deep.include({
      label: 'Saint-Étienne',
      kind: 'city',
      city: 'Saint-Étienne',
    });
    expect(new URL(requests[1]!.url).searchParams.has('lang')).to.equal(false);
  });

  it('short queries make no request', async () => {
    const ban = createGeocoder('ban', { fallback: false });
    expect(await ban.suggest('ly')).to.deep.equal([]);
    expect(await createGeocoder('photon', { fallback: false }).suggest(' a ')).to.deep.equal([]);
    expect(requests).to.have.length(0);
  });

  it('an empty answer is an empty list, not a fallback', async () => {
    setGeocoderMock({ ban: 'empty', photon: 'empty' });
    let fellBack = 0;
    const opts = { stores, onFallback: () => fellBack++ };
    expect(await createGeocoder('ban', opts).suggest('paris')).to.deep.equal([]);
    expect(await createGeocoder('photon', opts).suggest('paris')).to.deep.equal([]);
    expect(fellBack).to.equal(0);
  });

  for (const [mode, code] of [
    ['error', 'bad-response'],
    ['malformed', 'bad-response'],
    ['network', 'network'],
  ] as const) {
    it(`a ${mode} answer is a GeocodeError "${code}" without fallback`, async () => {
      setGeocoderMock({ ban: mode, photon: mode });
      for (const name of ['ban', 'photon'] as const) {
        const error = await createGeocoder(name, { fallback: false })
          .suggest('paris')
          .catch((e: unknown) => e);
        expect(error).to.be.instanceOf(GeocodeError);
        expect((error as GeocodeError).code).to.equal(code);
      }
    });
  }

  it('falls back to the local matcher when the service fails', async () => {
    setGeocoderMock({ ban: 'error' });
    const seen: string[] = [];
    const ban = createGeocoder('ban', { stores, onFallback: (e) => seen.push(e.code) });
    const got = await ban.suggest('saint eti');
    expect(labels(got)).to.deep.equal(['Saint-Étienne']);
    expect(seen).to.deep.equal(['bad-response']);
    expect(requests).to.have.length(1);
  });

  it('an online geocoder whose code cannot load falls back, then loads on the next query', async () => {
    let loads = 0;
    const online = lazyGeocoder('photon', 3, async () => {
      if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return createLocalGeocoder(stores);
    });
    const seen: string[] = [];
    const geocoder = withFallback(online, createLocalGeocoder([]), (e) => seen.push(e.code));
    expect(await geocoder.suggest('saint eti')).to.deep.equal([]);
    expect(seen).to.deep.equal(['network']);
    expect(labels(await geocoder.suggest('saint eti'))).to.deep.equal(['Saint-Étienne']);
    expect(loads).to.equal(2);
    expect(seen).to.have.length(1);
  });

  it('a 2-character query is answered locally without a request', async () => {
    const ban = createGeocoder('ban', { stores });
    expect(labels(await ban.suggest('42'))).to.deep.equal(['42000 Saint-Étienne']);
    expect(requests).to.have.length(0);
  });

  describe('with a fake clock', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
      });
    });
    afterEach(() => clock.restore());

    it('times out, then falls back; without fallback rejects with "timeout"', async () => {
      setGeocoderMock({ photon: 'hang' });
      const seen: string[] = [];
      const strictGeocoder = createGeocoder('photon', { timeoutMs: 1500, fallback: false });
      const online = createGeocoder('photon', { timeoutMs: 1500, fallback: false });
      const lenientGeocoder = withFallback(online, createLocalGeocoder(stores), (e) =>
        seen.push(e.code),
      );
      // Their code loads with the first query (a short one makes no request): load it first,
      // so the fake clock counts from the request.
      await Promise.all([strictGeocoder.suggest('p'), online.suggest('p')]);
      const strict = strictGeocoder.suggest('paris').catch((e: unknown) => e);
      const lenient = lenientGeocoder.suggest('paris');
      await clock.tickAsync(1499);
      expect(seen).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(((await strict) as GeocodeError).code).to.equal('timeout');
      expect(labels(await lenient)[0]).to.equal('Paris');
      expect(seen).to.deep.equal(['timeout']);
    });

    it('aborting rejects with AbortError and never falls back', async () => {
      setGeocoderMock({ ban: 'hang' });
      const controller = new AbortController();
      let fellBack = false;
      const pending = createGeocoder('ban', { stores, onFallback: () => (fellBack = true) })
        .suggest('paris', { signal: controller.signal })
        .catch((e: unknown) => e);
      await clock.tickAsync(10);
      controller.abort();
      expect(((await pending) as Error).name).to.equal('AbortError');
      await clock.tickAsync(10000);
      expect(fellBack).to.equal(false);
    });
  });
});
