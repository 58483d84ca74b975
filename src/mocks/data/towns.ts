/** The real towns behind the mock's stores, parsed once from the generated text. */
import { REGIONS, TOWNS_TEXT } from './towns.generated.js';

export interface Town {
  name: string;
  postalCode: string;
  departement: string;
  region: string;
  lat: number;
  lng: number;
  population: number;
  timezone: string;
}

const OVERSEAS_ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '976': 'Indian/Mayotte',
};

let cache: Town[] | undefined;

/** Every town, most populous first. */
export function towns(): Town[] {
  cache ??= TOWNS_TEXT.split('\n').map((line) => {
    const [name = '', postalCode = '', departement = '', region = '', lat, lng, population] =
      line.split('|');
    return {
      name,
      postalCode,
      departement,
      region: REGIONS[region] ?? '',
      lat: Number(lat),
      lng: Number(lng),
      population: Number(population),
      timezone: OVERSEAS_ZONES[departement] ?? 'Europe/Paris',
    };
  });
  return cache;
}

/**
 * Neighbourhoods of the largest cities, each a store of its own: [city, district, postcode, lat,
 * lng]. Coordinates are those of the neighbourhood, rounded.
 */
export const DISTRICTS: readonly [string, string, string, number, number][] = [
  ['Paris', 'Châtelet', '75001', 48.8606, 2.347],
  ['Paris', 'Saint-Lazare', '75008', 48.8756, 2.3253],
  ['Paris', 'Bastille', '75011', 48.8532, 2.3691],
  ['Paris', 'Gare de Lyon', '75012', 48.8443, 2.3744],
  ['Paris', 'Italie', '75013', 48.8311, 2.3557],
  ['Paris', 'Montparnasse', '75014', 48.8421, 2.3219],
  ['Paris', 'Batignolles', '75017', 48.8876, 2.3166],
  ['Paris', 'Nation', '75020', 48.8483, 2.3958],
  ['Marseille', 'Vieux-Port', '13001', 43.2951, 5.3744],
  ['Marseille', 'Joliette', '13002', 43.3069, 5.3656],
  ['Marseille', 'Prado', '13008', 43.2752, 5.3896],
  ['Marseille', 'La Valentine', '13011', 43.2939, 5.4839],
  ['Lyon', 'Part-Dieu', '69003', 45.7606, 4.8597],
  ['Lyon', 'Confluence', '69002', 45.7413, 4.818],
  ['Lyon', 'Croix-Rousse', '69004', 45.7745, 4.8316],
  ['Lyon', 'Vaise', '69009', 45.7745, 4.8053],
  ['Toulouse', 'Capitole', '31000', 43.6045, 1.444],
  ['Toulouse', 'Purpan', '31300', 43.6075, 1.4013],
  ['Toulouse', 'Montaudran', '31400', 43.5743, 1.4852],
  ['Nice', 'Masséna', '06000', 43.6977, 7.2702],
  ['Nice', 'Lingostière', '06200', 43.718, 7.199],
  ['Nantes', 'Commerce', '44000', 47.213, -1.5586],
  ['Nantes', 'Beaulieu', '44200', 47.2094, -1.533],
  ['Bordeaux', 'Sainte-Catherine', '33000', 44.8378, -0.574],
  ['Bordeaux', 'Lac', '33300', 44.883, -0.567],
  ['Lille', 'Euralille', '59000', 50.637, 3.075],
  ['Lille', 'Grand Place', '59800', 50.6366, 3.0635],
  ['Montpellier', 'Comédie', '34000', 43.6085, 3.8797],
  ['Montpellier', 'Odysseum', '34000', 43.6035, 3.9188],
  ['Strasbourg', 'Kléber', '67000', 48.5834, 7.7458],
  ['Strasbourg', 'Rivetoile', '67100', 48.5747, 7.7576],
  ['Rennes', 'République', '35000', 48.1098, -1.6793],
  ['Rennes', 'Alma', '35200', 48.0867, -1.6745],
];
