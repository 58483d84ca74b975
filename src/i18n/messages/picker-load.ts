import type { Localized } from './localized.js';
import type { PickerLoadMessages } from './types.js';

/** The store picker's stand-in when its code could not be loaded. */
export const pickerLoadMessages: Localized<PickerLoadMessages> = {
  en: {
    pickerLoadFailed: 'The store search could not be loaded. Check your connection and try again.',
  },
  fr: {
    pickerLoadFailed:
      'La recherche de magasins n’a pas pu se charger. Vérifiez votre connexion et réessayez.',
  },
};
