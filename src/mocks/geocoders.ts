/**
 * MSW mocks of the two online geocoders, answering in their real formats from a small gazetteer of
 * real French places: the BAN (at its current Géoplateforme URL and its former one) and Photon.
 * Scenario switches make them fail, hang or answer nothing.
 */
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { BAN_LEGACY_URL, BAN_URL } from '../geo/ban-geocoder.js';
import { PHOTON_URL } from '../geo/photon-geocoder.js';
import { normalizeText, wordsPrefixMatch } from '../geo/text.js';

type BanType = 'housenumber' | 'street' | 'locality' | 'municipality';

export interface GazetteerPlace {
  type: BanType;
  /** "10 Rue de Rivoli", "Rue de Rivoli", "Paris". */
  name: string;
  housenumber?: string;
  street?: string;
  postcode: string;
  city: string;
  citycode: string;
  /** BAN context: "75, Paris, Île-de-France". */
  context: string;
  state: string;
  lat: number;
  lng: number;
  osmId: number;
}

// prettier-ignore
export const GAZETTEER: readonly GazetteerPlace[] = [
  { type: 'municipality', name: 'Paris', postcode: '75001', city: 'Paris', citycode: '75056', context: '75, Paris, Île-de-France', state: 'Île-de-France', lat: 48.859, lng: 2.347, osmId: 7444 },
  { type: 'street', name: 'Rue de Rivoli', street: 'Rue de Rivoli', postcode: '75001', city: 'Paris', citycode: '75101', context: '75, Paris, Île-de-France', state: 'Île-de-France', lat: 48.8626, lng: 2.3348, osmId: 4210 },
  { type: 'housenumber', name: '10 Rue de Rivoli', housenumber: '10', street: 'Rue de Rivoli', postcode: '75004', city: 'Paris', citycode: '75104', context: '75, Paris, Île-de-France', state: 'Île-de-France', lat: 48.8556, lng: 2.359, osmId: 4211 },
  { type: 'municipality', name: 'Saint-Denis', postcode: '93200', city: 'Saint-Denis', citycode: '93066', context: '93, Seine-Saint-Denis, Île-de-France', state: 'Île-de-France', lat: 48.9362, lng: 2.3574, osmId: 8250 },
  { type: 'municipality', name: 'Lyon', postcode: '69001', city: 'Lyon', citycode: '69123', context: '69, Rhône, Auvergne-Rhône-Alpes', state: 'Auvergne-Rhône-Alpes', lat: 45.758, lng: 4.835, osmId: 120965 },
  { type: 'street', name: 'Place Bellecour', street: 'Place Bellecour', postcode: '69002', city: 'Lyon', citycode: '69382', context: '69, Rhône, Auvergne-Rhône-Alpes', state: 'Auvergne-Rhône-Alpes', lat: 45.7578, lng: 4.832, osmId: 3301 },
  { type: 'municipality', name: 'Saint-Étienne', postcode: '42000', city: 'Saint-Étienne', citycode: '42218', context: '42, Loire, Auvergne-Rhône-Alpes', state: 'Auvergne-Rhône-Alpes', lat: 45.4397, lng: 4.3872, osmId: 117905 },
  { type: 'municipality', name: 'Marseille', postcode: '13001', city: 'Marseille', citycode: '13055', context: '13, Bouches-du-Rhône, Provence-Alpes-Côte d’Azur', state: 'Provence-Alpes-Côte d’Azur', lat: 43.2803, lng: 5.3806, osmId: 76469 },
  { type: 'municipality', name: 'Bordeaux', postcode: '33000', city: 'Bordeaux', citycode: '33063', context: '33, Gironde, Nouvelle-Aquitaine', state: 'Nouvelle-Aquitaine', lat: 44.8511, lng: -0.5723, osmId: 105270 },
  { type: 'street', name: 'Quai des Chartrons', street: 'Quai des Chartrons', postcode: '33000', city: 'Bordeaux', citycode: '33063', context: '33, Gironde, Nouvelle-Aquitaine', state: 'Nouvelle-Aquitaine', lat: 44.853, lng: -0.57, osmId: 5520 },
  { type: 'municipality', name: 'Lille', postcode: '59000', city: 'Lille', citycode: '59350', context: '59, Nord, Hauts-de-France', state: 'Hauts-de-France', lat: 50.6305, lng: 3.0706, osmId: 58404 },
  { type: 'municipality', name: 'Toulouse', postcode: '31000', city: 'Toulouse', citycode: '31555', context: '31, Haute-Garonne, Occitanie', state: 'Occitanie', lat: 43.6045, lng: 1.444, osmId: 35738 },
  { type: 'municipality', name: 'Nantes', postcode: '44000', city: 'Nantes', citycode: '44109', context: '44, Loire-Atlantique, Pays de la Loire', state: 'Pays de la Loire', lat: 47.2184, lng: -1.5536, osmId: 59874 },
  { type: 'municipality', name: 'Strasbourg', postcode: '67000', city: 'Strasbourg', citycode: '67482', context: '67, Bas-Rhin, Grand Est', state: 'Grand Est', lat: 48.5734, lng: 7.7521, osmId: 71025 },
  { type: 'municipality', name: 'Rennes', postcode: '35000', city: 'Rennes', citycode: '35238', context: '35, Ille-et-Vilaine, Bretagne', state: 'Bretagne', lat: 48.1113, lng: -1.68, osmId: 54517 },
  { type: 'municipality', name: 'Nice', postcode: '06000', city: 'Nice', citycode: '06088', context: '06, Alpes-Maritimes, Provence-Alpes-Côte d’Azur', state: 'Provence-Alpes-Côte d’Azur', lat: 43.7031, lng: 7.2661, osmId: 170100 },
  { type: 'municipality', name: 'Montpellier', postcode: '34000', city: 'Montpellier', citycode: '34172', context: '34, Hérault, Occitanie', state: 'Occitanie', lat: 43.6109, lng: 3.8772, osmId: 28722 },
  { type: 'housenumber', name: '1 Place de la Comédie', housenumber: '1', street: 'Place de la Comédie', postcode: '34000', city: 'Montpellier', citycode: '34172', context: '34, Hérault, Occitanie', state: 'Occitanie', lat: 43.6086, lng: 3.88, osmId: 6610 },
  { type: 'municipality', name: 'Grenoble', postcode: '38000', city: 'Grenoble', citycode: '38185', context: '38, Isère, Auvergne-Rhône-Alpes', state: 'Auvergne-Rhône-Alpes', lat: 45.1885, lng: 5.7245, osmId: 80348 },
  { type: 'municipality', name: 'Orléans', postcode: '45000', city: 'Orléans', citycode: '45234', context: '45, Loiret, Centre-Val de Loire', state: 'Centre-Val de Loire', lat: 47.903, lng: 1.9093, osmId: 93650 },
];

/** How a mocked service answers. */
export type GeocoderMockMode =
  | 'ok'
  /** A valid, empty FeatureCollection. */
  | 'empty'
  /** HTTP 503 with a JSON error body. */
  | 'error'
  /** HTTP 200 with a body that is not JSON. */
  | 'malformed'
  /** The connection fails (fetch rejects). */
  | 'network'
  /** Never answers (for timeouts; use a fake clock). */
  | 'hang';

export type MockedGeocoder = 'ban' | 'photon';

const modes: Record<MockedGeocoder, GeocoderMockMode> = { ban: 'ok', photon: 'ok' };

/** Switches how the mocked services answer until `resetGeocoderMock()`. */
export function setGeocoderMock(next: Partial<Record<MockedGeocoder, GeocoderMockMode>>): void {
  Object.assign(modes, next);
}

export function resetGeocoderMock(): void {
  modes.ban = 'ok';
  modes.photon = 'ok';
}

function search(q: string, limit: number): GazetteerPlace[] {
  const nq = normalizeText(q);
  const hits = GAZETTEER.filter((p) =>
    wordsPrefixMatch(normalizeText(`${p.name} ${p.postcode} ${p.city}`), nq),
  );
  return hits.slice(0, limit);
}

function failure(mode: GeocoderMockMode): Response | Promise<Response> | undefined {
  switch (mode) {
    case 'error':
      return HttpResponse.json({ code: 503, message: 'Service unavailable' }, { status: 503 });
    case 'malformed':
      return new HttpResponse('<html>Gateway</html>', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'network':
      return HttpResponse.error();
    case 'hang':
      return delay('infinite').then(() => HttpResponse.error());
    default:
      return undefined;
  }
}

function limitOf(url: URL, fallback: number): number {
  const n = Number(url.searchParams.get('limit') ?? fallback);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 50) : fallback;
}

const banSearch: Parameters<typeof http.get>[1] = ({ request }) => {
  const failed = failure(modes.ban);
  if (failed) return failed;
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim();
  if (q.length < 3 || q.length > 200) {
    return HttpResponse.json(
      {
        code: 400,
        message: 'Failed parsing query',
        detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'],
      },
      { status: 400 },
    );
  }
  const places = modes.ban === 'empty' ? [] : search(q, limitOf(url, 5));
  return HttpResponse.json({
    type: 'FeatureCollection',
    features: places.map((p, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      properties: {
        label: p.type === 'municipality' ? p.city : `${p.name} ${p.postcode} ${p.city}`,
        score: Math.round((0.97 - i * 0.05) * 1e4) / 1e4,
        ...(p.housenumber ? { housenumber: p.housenumber } : {}),
        id: p.type === 'municipality' ? p.citycode : `${p.citycode}_${p.osmId}`,
        name: p.name,
        postcode: p.postcode,
        citycode: p.citycode,
        // x/y (Lambert-93 in the real service) are placeholders here: nothing reads them.
        x: Math.round(652000 + p.lng * 1000),
        y: Math.round(6862000 + p.lat * 1000),
        city: p.city,
        context: p.context,
        type: p.type,
        importance: 0.6,
        ...(p.street ? { street: p.street } : {}),
        _type: 'address',
      },
    })),
    query: q,
  });
};

const PHOTON_TYPES: Record<BanType, string> = {
  housenumber: 'house',
  street: 'street',
  locality: 'locality',
  municipality: 'city',
};

const photonSearch: Parameters<typeof http.get>[1] = ({ request }) => {
  const failed = failure(modes.photon);
  if (failed) return failed;
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim();
  if (!q)
    return HttpResponse.json({ message: "missing search term 'q': /?q=berlin" }, { status: 400 });
  const places = modes.photon === 'empty' ? [] : search(q, limitOf(url, 15));
  const lang = url.searchParams.get('lang');
  return HttpResponse.json({
    type: 'FeatureCollection',
    features: places.map((p) => {
      const type = PHOTON_TYPES[p.type];
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        properties: {
          osm_type: type === 'city' ? 'R' : type === 'house' ? 'N' : 'W',
          osm_id: p.osmId,
          osm_key: type === 'city' ? 'place' : type === 'house' ? 'place' : 'highway',
          osm_value: type === 'city' ? 'city' : type === 'house' ? 'house' : 'pedestrian',
          type,
          ...(type === 'house'
            ? { housenumber: p.housenumber, street: p.street }
            : { name: p.name }),
          postcode: p.postcode,
          ...(type === 'city' ? {} : { city: p.city }),
          countrycode: 'FR',
          country: lang === 'de' ? 'Frankreich' : 'France',
          state: p.state,
          ...(type === 'city'
            ? { extent: [p.lng - 0.1, p.lat + 0.05, p.lng + 0.1, p.lat - 0.05] }
            : {}),
        },
      };
    }),
  });
};

/** The geocoder handlers: add them with `useHandlers(...geocoderHandlers)` or to a mock list. */
export const geocoderHandlers: RequestHandler[] = [
  http.get(BAN_URL, banSearch),
  http.get(BAN_LEGACY_URL, banSearch),
  http.get(PHOTON_URL, photonSearch),
];
