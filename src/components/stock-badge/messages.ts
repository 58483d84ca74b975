import { commonMessages } from '../../i18n/messages/common.js';
import { stockMessages } from '../../i18n/messages/stock.js';
import { localized } from '../../i18n/messages/localized.js';
import { badgeMessages } from '../../i18n/messages/badge.js';
import { pickerLoadMessages } from '../../i18n/messages/picker-load.js';

/** The strings <aisle-stock-badge> renders, in every language (only these ship with it). */
export const messages = localized(commonMessages, stockMessages, badgeMessages, pickerLoadMessages);
export type BadgeElementMessages = (typeof messages)['en'];
