import { commonMessages } from '../../i18n/messages/common.js';
import { localized } from '../../i18n/messages/localized.js';
import { pickerLoadMessages } from '../../i18n/messages/picker-load.js';
import { reserveMessages } from '../../i18n/messages/reserve.js';

/** The strings of the reserve dialog, loaded with it on the first click. */
export const dialogMessages = localized(commonMessages, reserveMessages, pickerLoadMessages);
export type ReserveElementMessages = (typeof dialogMessages)['en'];
