import { commonMessages } from '../../i18n/messages/common.js';
import { browserOffline } from '../../internal/dom.js';
import { localized } from '../../i18n/messages/localized.js';
import { pickerLoadMessages } from '../../i18n/messages/picker-load.js';
import { reserveMessages } from '../../i18n/messages/reserve.js';

/** The strings of the reserve dialog, loaded with it on the first click. */
export const dialogMessages = localized(commonMessages, reserveMessages, pickerLoadMessages);
export type ReserveElementMessages = (typeof dialogMessages)['en'];

/** What a failed load tells the shopper: that they seem offline, else that something went wrong. */
export function failureText(
  msg: ReserveElementMessages,
  otherwise: string = msg.errorGeneric,
): string {
  return browserOffline() ? msg.errorOffline : otherwise;
}

/** What a failed action tells the shopper, and that they seem offline when they do. */
export function withOffline(msg: ReserveElementMessages, text: string): string {
  return browserOffline() ? `${text} ${msg.errorOffline}` : text;
}
