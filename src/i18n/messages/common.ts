import type { Localized } from './localized.js';
import type { CommonMessages } from './types.js';

/** Shared by every element. */
export const commonMessages: Localized<CommonMessages> = {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    errorGeneric: 'Something went wrong. Please try again.',
    errorOffline: 'You appear to be offline.',
  },
  fr: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    close: 'Fermer',
    errorGeneric: 'Une erreur est survenue. Veuillez réessayer.',
    errorOffline: 'Vous semblez être hors ligne.',
  },
};
