import { plural } from '../plural.js';
import type { Localized } from './localized.js';
import type { LocatorMessages } from './types.js';

/** A service's name, or its code made readable ("ev_charging" -> "ev charging") when unknown. */
const serviceName = (code: string, names: Record<string, string>) =>
  Object.hasOwn(names, code) ? names[code]! : code.replace(/[-_]+/g, ' ').trim();

/** <aisle-store-locator>. */
export const locatorMessages: Localized<LocatorMessages> = {
  en: {
    locatorSearchLabel: 'Postcode, city or address',
    locatorSuggestions: 'Suggestions',
    locatorNoPlace: 'No place matches this search. Try a postcode or a town.',
    locatorUseLocation: 'Use my location',
    locatorLocating: 'Finding your location…',
    locatorLocationFailed: 'We could not get your location. Search by postcode or town instead.',
    locatorGeocoderDown:
      'Address search is unavailable: showing places that match our stores’ towns and postcodes.',
    locatorPrompt: 'Search for a postcode, town or address to find stores near you.',
    locatorFilters: 'Filters',
    locatorOpenNow: 'Open now',
    locatorInStockFirst: 'In stock first',
    locatorService: (code) =>
      serviceName(code, {
        'click-and-collect': 'Click & collect',
        parking: 'Parking',
        repairs: 'Repairs',
        accessible: 'Step-free access',
        returns: 'Returns',
        'ev-charging': 'EV charging',
        locker: 'Pickup locker',
      }),
    locatorResults: (n, radius) =>
      plural('en', n, { one: `# store within ${radius}`, other: `# stores within ${radius}` }),
    locatorNoResults: (radius) => `No stores within ${radius} of this place.`,
    locatorWiden: (radius) => `Search within ${radius}`,
    locatorNoMatch: (radius) => `No store within ${radius} matches your filters.`,
    locatorClearFilters: 'Clear filters',
    locatorError: 'We could not load stores.',
    locatorDistance: (distance) => `${distance} away`,
    locatorHours: 'Opening hours',
    locatorSpecialHours: 'Special hours',
    locatorCall: (store) => `Call ${store}: `,
    locatorDirections: 'Directions',
    locatorDirectionsTo: (store) => `to ${store} (opens a new tab)`,
    locatorMakeMyStore: 'Make this my store',
    locatorMyStore: 'My store',
    locatorBasket: (have, total) => `${have} of ${total} items in stock`,
    locatorView: 'View',
    locatorList: 'List',
    locatorMap: 'Map',
    locatorMapLabel: 'Map of stores',
    locatorCluster: (n) => `${n} stores here, zoom in`,
    locatorStoresNear: (place) => `Stores near ${place}`,
    locatorStoresNearYou: 'Stores near you',
    locatorStores: 'Stores',
    locatorMapFailed: 'We could not load the map.',
    locatorZoomIn: 'Zoom in',
    locatorZoomOut: 'Zoom out',
    locatorTilesFailed: 'The map’s images could not be loaded.',
    locatorPinKeys: 'Arrow keys move from pin to pin.',
  },
  fr: {
    locatorSearchLabel: 'Code postal, ville ou adresse',
    locatorSuggestions: 'Suggestions',
    locatorNoPlace: 'Aucun lieu ne correspond. Essayez un code postal ou une ville.',
    locatorUseLocation: 'Utiliser ma position',
    locatorLocating: 'Recherche de votre position…',
    locatorLocationFailed:
      'Impossible d’obtenir votre position. Cherchez plutôt par code postal ou par ville.',
    locatorGeocoderDown:
      'La recherche d’adresse est indisponible : lieux correspondant aux villes et codes postaux de nos magasins.',
    locatorPrompt: 'Cherchez un code postal, une ville ou une adresse pour trouver un magasin.',
    locatorFilters: 'Filtres',
    locatorOpenNow: 'Ouvert maintenant',
    locatorInStockFirst: 'En stock d’abord',
    locatorService: (code) =>
      serviceName(code, {
        'click-and-collect': 'Retrait en magasin',
        parking: 'Parking',
        repairs: 'Réparations',
        accessible: 'Accès de plain-pied',
        returns: 'Retours',
        'ev-charging': 'Recharge électrique',
        locker: 'Casier de retrait',
      }),
    locatorResults: (n, radius) =>
      plural('fr', n, {
        one: `# magasin dans un rayon de ${radius}`,
        other: `# magasins dans un rayon de ${radius}`,
      }),
    locatorNoResults: (radius) => `Aucun magasin dans un rayon de ${radius} autour de ce lieu.`,
    locatorWiden: (radius) => `Chercher dans un rayon de ${radius}`,
    locatorNoMatch: (radius) =>
      `Aucun magasin dans un rayon de ${radius} ne correspond à vos filtres.`,
    locatorClearFilters: 'Effacer les filtres',
    locatorError: 'Impossible de charger les magasins.',
    locatorDistance: (distance) => `à ${distance}`,
    locatorHours: 'Horaires d’ouverture',
    locatorSpecialHours: 'Horaires exceptionnels',
    locatorCall: (store) => `Appeler ${store}\u00a0: `,
    locatorDirections: 'Itinéraire',
    locatorDirectionsTo: (store) => `vers ${store} (nouvel onglet)`,
    locatorMakeMyStore: 'Choisir ce magasin',
    locatorMyStore: 'Mon magasin',
    locatorBasket: (have, total) => `${have} article${have > 1 ? 's' : ''} sur ${total} en stock`,
    locatorView: 'Affichage',
    locatorList: 'Liste',
    locatorMap: 'Carte',
    locatorMapLabel: 'Carte des magasins',
    locatorCluster: (n) => `${n} magasins ici, zoomez`,
    locatorStoresNear: (place) => `Magasins près de ${place}`,
    locatorStoresNearYou: 'Magasins près de vous',
    locatorStores: 'Magasins',
    locatorMapFailed: 'Impossible de charger la carte.',
    locatorZoomIn: 'Zoom avant',
    locatorZoomOut: 'Zoom arrière',
    locatorTilesFailed: 'Impossible de charger le fond de carte.',
    locatorPinKeys: 'Les flèches passent d’un repère à l’autre.',
  },
};
