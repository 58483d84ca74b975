import { commonMessages } from '../../i18n/messages/common.js';
import { stockMessages } from '../../i18n/messages/stock.js';
import { localized } from '../../i18n/messages/localized.js';
import { locatorMessages } from '../../i18n/messages/locator.js';

/** The strings <aisle-store-locator> renders, in every language (only these ship with it). */
export const messages = localized(commonMessages, stockMessages, locatorMessages);
export type LocatorElementMessages = (typeof messages)['en'];
