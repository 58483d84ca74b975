import { commonMessages } from './common.js';
import { stockMessages } from './stock.js';
import { badgeMessages } from './badge.js';
import { pickerMessages } from './picker.js';
import { pickerLoadMessages } from './picker-load.js';
import { locationMessages } from './location.js';
import { hoursMessages } from './hours.js';
import { pickupMessages } from './pickup.js';
import { reserveMessages } from './reserve.js';
import { reserveTriggerMessages } from './reserve-trigger.js';
import { locatorMessages } from './locator.js';
import type { Messages } from './types.js';

/** The complete English table (tests and tools; elements import only their parts). */
export const en: Messages = {
  ...commonMessages.en,
  ...stockMessages.en,
  ...badgeMessages.en,
  ...pickerMessages.en,
  ...pickerLoadMessages.en,
  ...locationMessages.en,
  ...hoursMessages.en,
  ...pickupMessages.en,
  ...reserveTriggerMessages.en,
  ...reserveMessages.en,
  ...locatorMessages.en,
};
