import type { Localized } from './localized.js';
import type { LocationMessages } from './types.js';

/** The shopper's location (src/geo). */
export const locationMessages: Localized<LocationMessages> = {
  en: {
    locationDenied:
      'Location access is turned off. Allow it in your browser, or search by postcode or town.',
    locationTimeout:
      'Finding your location took too long. Try again, or search by postcode or town.',
    locationUnavailable:
      'Your location is not available right now. Search by postcode or town instead.',
    locationUnsupported:
      'This browser cannot share your location. Search by postcode or town instead.',
  },
  fr: {
    locationDenied:
      'L’accès à votre position est désactivé. Autorisez-le dans le navigateur, ou cherchez par code postal ou par ville.',
    locationTimeout:
      'La localisation a pris trop de temps. Réessayez, ou cherchez par code postal ou par ville.',
    locationUnavailable:
      'Votre position n’est pas disponible pour le moment. Cherchez plutôt par code postal ou par ville.',
    locationUnsupported:
      'Ce navigateur ne peut pas partager votre position. Cherchez plutôt par code postal ou par ville.',
  },
};
