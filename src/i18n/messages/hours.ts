import type { Localized } from './localized.js';
import type { HoursMessages } from './types.js';

/**
 * Opening hours: a store's status and its table of hours by day (src/hours/status.ts, table.ts),
 * which only the locator, the store picker and the reserve dialog show. Not in the core chunk: a
 * badge page never shows them. The words the pickup promise needs too are in pickup.ts.
 */
export const hoursMessages: Localized<HoursMessages> = {
  en: {
    hoursOpen: 'Open',
    hoursClosingSoon: 'Closing soon',
    hoursClosed: 'Closed',
    hoursClosedToday: 'Closed today',
    hoursOpeningSoon: 'Opening soon',
    hoursOpen24: 'Open 24 hours',
    hoursClosesAt: (time) => `closes at ${time}`,
    hoursClosesMidnight: 'closes at midnight',
    hoursClosesOnMidnight: (day) => `closes ${day} at midnight`,
    hoursClosesOn: (day, time) => `closes ${day} at ${time}`,
    hoursOpensAt: (time) => `opens at ${time}`,
    hoursOpensOn: (day, time) => `opens ${day} at ${time}`,
    hoursSpecialHours: 'Special hours',
    hoursSpecialClosure: 'Special closure',
    hoursUnknown: 'Hours not available',
  },
  fr: {
    hoursOpen: 'Ouvert',
    hoursClosingSoon: 'Ferme bientôt',
    hoursClosed: 'Fermé',
    hoursClosedToday: 'Fermé aujourd’hui',
    hoursOpeningSoon: 'Ouvre bientôt',
    hoursOpen24: 'Ouvert 24 h/24',
    hoursClosesAt: (time) => `ferme à ${time}`,
    hoursClosesMidnight: 'ferme à minuit',
    hoursClosesOnMidnight: (day) => `ferme ${day} à minuit`,
    hoursClosesOn: (day, time) => `ferme ${day} à ${time}`,
    hoursOpensAt: (time) => `ouvre à ${time}`,
    hoursOpensOn: (day, time) => `ouvre ${day} à ${time}`,
    hoursSpecialHours: 'Horaires exceptionnels',
    hoursSpecialClosure: 'Fermeture exceptionnelle',
    hoursUnknown: 'Horaires non communiqués',
  },
};
