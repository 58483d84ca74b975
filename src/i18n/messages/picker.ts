import { plural } from '../plural.js';
import type { Localized } from './localized.js';
import type { PickerMessages } from './types.js';

/** <aisle-store-picker> (the badge's and the reserve dialog's "choose your store"). */
export const pickerMessages: Localized<PickerMessages> = {
  en: {
    pickerTitle: 'Choose your store',
    pickerSearchLabel: 'Postcode, city or address',
    pickerSearch: 'Search',
    pickerUseLocation: 'Use my location',
    pickerLocating: 'Finding your location…',
    pickerChoose: 'Choose',
    pickerNoResults: 'No stores found near this place. Try a nearby town.',
    pickerResults: (n) => plural('en', n, { one: '# store nearby', other: '# stores nearby' }),
    pickerMatches: (n) =>
      plural('en', n, { one: '# store matches your search', other: '# stores match your search' }),
    pickerFellBack: 'Address search is unavailable: showing stores matching towns and postcodes.',
    pickerLocationFailed: 'We could not get your location. Search by postcode or town instead.',
    pickerError: 'We could not load stores. Please try again.',
  },
  fr: {
    pickerTitle: 'Choisissez votre magasin',
    pickerSearchLabel: 'Code postal, ville ou adresse',
    pickerSearch: 'Rechercher',
    pickerUseLocation: 'Utiliser ma position',
    pickerLocating: 'Recherche de votre position…',
    pickerChoose: 'Choisir',
    pickerNoResults: 'Aucun magasin près de ce lieu. Essayez une ville voisine.',
    pickerResults: (n) =>
      plural('fr', n, { one: '# magasin à proximité', other: '# magasins à proximité' }),
    pickerMatches: (n) =>
      plural('fr', n, {
        one: '# magasin correspond à votre recherche',
        other: '# magasins correspondent à votre recherche',
      }),
    pickerFellBack:
      'La recherche d’adresse est indisponible : magasins correspondant aux villes et codes postaux.',
    pickerLocationFailed:
      'Impossible d’obtenir votre position. Cherchez plutôt par code postal ou par ville.',
    pickerError: 'Impossible de charger les magasins. Veuillez réessayer.',
  },
};
