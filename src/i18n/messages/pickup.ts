import type { Localized } from './localized.js';
import type { PickupMessages } from './types.js';

/**
 * The pickup promise ("Ready tomorrow at 10:00") on the badge and in the reserve dialog, and the
 * day word that the opening hours (hours.ts) use too.
 */
export const pickupMessages: Localized<PickupMessages> = {
  en: {
    hoursTomorrow: 'tomorrow',
    pickupReadyToday: (time) => `Ready today at ${time}`,
    pickupReadyTomorrow: (time) => `Ready tomorrow at ${time}`,
    pickupReadyOn: (day, time) => `Ready ${day} at ${time}`,
  },
  fr: {
    hoursTomorrow: 'demain',
    pickupReadyToday: (time) => `Disponible aujourd’hui dès ${time}`,
    pickupReadyTomorrow: (time) => `Disponible demain dès ${time}`,
    pickupReadyOn: (day, time) => `Disponible ${day} dès ${time}`,
  },
};
