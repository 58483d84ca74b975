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
    pickupReadyToday: (time) => `Prêt aujourd’hui à ${time}`,
    pickupReadyTomorrow: (time) => `Prêt demain à ${time}`,
    pickupReadyOn: (day, time) => `Prêt ${day} à ${time}`,
  },
};
