import type { Localized } from './localized.js';
import type { HoursMessages } from './types.js';

/** Opening hours and the pickup promise (src/hours). */
export const hoursMessages: Localized<HoursMessages> = {
  en: {
    hoursOpen: 'Open',
    hoursClosingSoon: 'Closing soon',
    hoursClosed: 'Closed',
    hoursClosedToday: 'Closed today',
    hoursOpeningSoon: 'Opening soon',
    hoursOpen24: 'Open 24 hours',
    hoursClosesAt: (time) => `closes at ${time}`,
    hoursClosesOn: (day, time) => `closes ${day} at ${time}`,
    hoursOpensAt: (time) => `opens at ${time}`,
    hoursOpensOn: (day, time) => `opens ${day} at ${time}`,
    hoursTomorrow: 'tomorrow',
    hoursSpecialHours: 'Special hours',
    hoursSpecialClosure: 'Closed (special closure)',
    pickupReadyToday: (time) => `Ready today at ${time}`,
    pickupReadyTomorrow: (time) => `Ready tomorrow at ${time}`,
    pickupReadyOn: (day, time) => `Ready ${day} at ${time}`,
  },
  fr: {
    hoursOpen: 'Ouvert',
    hoursClosingSoon: 'Ferme bientôt',
    hoursClosed: 'Fermé',
    hoursClosedToday: 'Fermé aujourd’hui',
    hoursOpeningSoon: 'Ouvre bientôt',
    hoursOpen24: 'Ouvert 24 h/24',
    hoursClosesAt: (time) => `ferme à ${time}`,
    hoursClosesOn: (day, time) => `ferme ${day} à ${time}`,
    hoursOpensAt: (time) => `ouvre à ${time}`,
    hoursOpensOn: (day, time) => `ouvre ${day} à ${time}`,
    hoursTomorrow: 'demain',
    hoursSpecialHours: 'Horaires exceptionnels',
    hoursSpecialClosure: 'Fermeture exceptionnelle',
    pickupReadyToday: (time) => `Prêt aujourd’hui à ${time}`,
    pickupReadyTomorrow: (time) => `Prêt demain à ${time}`,
    pickupReadyOn: (day, time) => `Prêt ${day} à ${time}`,
  },
};
