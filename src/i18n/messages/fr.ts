import { plural } from '../plural.js';
import type { Messages } from './types.js';

export const fr: Messages = {
  languageName: 'Français',
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  errorGeneric: 'Une erreur est survenue. Veuillez réessayer.',
  errorOffline: 'Vous semblez être hors ligne.',
  demoGreeting: (name) => `Bonjour de la part de ${name}`,
  storesFound: (n) =>
    n === 0
      ? 'Aucun magasin trouvé'
      : plural('fr', n, { one: '# magasin trouvé', other: '# magasins trouvés' }),
};
