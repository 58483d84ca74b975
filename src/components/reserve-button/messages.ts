import { commonMessages } from '../../i18n/messages/common.js';
import { localized } from '../../i18n/messages/localized.js';
import { reserveTriggerMessages } from '../../i18n/messages/reserve-trigger.js';

/** The strings <aisle-reserve-button> renders before the click: its button (and a load error). */
export const messages = localized(commonMessages, reserveTriggerMessages);
export type ReserveButtonMessages = (typeof messages)['en'];
