import { commonMessages } from '../../i18n/messages/common.js';
import { stockMessages } from '../../i18n/messages/stock.js';
import { localized } from '../../i18n/messages/localized.js';
import { badgeMessages } from '../../i18n/messages/badge.js';

/** The strings <aisle-stock-badge> renders, in every language (only these ship with it). */
export const messages = localized(commonMessages, stockMessages, badgeMessages);
export type BadgeElementMessages = (typeof messages)['en'];
