import type { Localized } from './localized.js';
import type { ReserveTriggerMessages } from './types.js';

/** <aisle-reserve-button>'s button, all a page runs before the shopper clicks it. */
export const reserveTriggerMessages: Localized<ReserveTriggerMessages> = {
  en: {
    reserveButton: 'Reserve in store',
    reserveView: 'View your reservation',
    reserveInvalid: 'Reservation unavailable',
    reserveLoadFailed: 'Reservation could not be loaded. Check your connection and try again.',
  },
  fr: {
    reserveButton: 'Réserver en magasin',
    reserveView: 'Voir votre réservation',
    reserveInvalid: 'Réservation indisponible',
    reserveLoadFailed:
      'La réservation n’a pas pu se charger. Vérifiez votre connexion et réessayez.',
  },
};
