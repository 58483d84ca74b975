import { commonMessages } from '../../i18n/messages/common.js';
import { localized } from '../../i18n/messages/localized.js';
import { reserveMessages } from '../../i18n/messages/reserve.js';

/** The strings <aisle-reserve-button> renders, in every language (only these ship with it). */
export const messages = localized(commonMessages, reserveMessages);
export type ReserveElementMessages = (typeof messages)['en'];
