import { commonMessages } from '../../i18n/messages/common.js';
import { localized } from '../../i18n/messages/localized.js';
import { pickerMessages } from '../../i18n/messages/picker.js';

/** The strings <aisle-store-picker> renders, in every language (only these ship with it). */
export const messages = localized(commonMessages, pickerMessages);
export type PickerElementMessages = (typeof messages)['en'];
