import { plural } from '../plural.js';
import type { Messages } from './types.js';

export const en: Messages = {
  languageName: 'English',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  errorGeneric: 'Something went wrong. Please try again.',
  errorOffline: 'You appear to be offline.',
  demoGreeting: (name) => `Hello from ${name}`,
  storesFound: (n) =>
    n === 0
      ? 'No stores found'
      : plural('en', n, { one: '# store found', other: '# stores found' }),
  // stock badge
  badgeChecking: 'Checking stock…',
  badgeInStock: 'In stock',
  badgeInStockCount: (n) => `In stock: ${n}`,
  badgeLowStock: 'Low stock',
  badgeLowStockCount: (n) => plural('en', n, { one: 'Only # left', other: 'Only # left' }),
  badgeOutOfStock: 'Out of stock',
  badgeNotEnough: (n) => plural('en', n, { one: 'Only # available', other: 'Only # available' }),
  badgeUnknown: 'Stock unknown',
  badgeAtStore: (store) => `at ${store}`,
  badgeChecked: (relative) => `checked ${relative}`,
  badgeStale: 'may be out of date',
  badgeNearest: (store, distance) => `In stock at ${store}, ${distance} away`,
  badgeNoneNearby: 'Not in stock at nearby stores',
  badgeRestock: (date) => `back ${date}`,
  badgeNoStore: 'In-store availability',
  badgeCheckNearYou: 'Check availability near you',
  badgeChangeStore: 'Change store',
  badgeUnavailable: 'Availability unavailable right now',
  badgeInvalid: 'Stock information unavailable',
  // store picker
  pickerTitle: 'Choose your store',
  pickerSearchLabel: 'Postcode, city or address',
  pickerSearch: 'Search',
  pickerUseLocation: 'Use my location',
  pickerLocating: 'Finding your location…',
  pickerChoose: 'Choose',
  pickerNoResults: 'No stores found near this place. Try a nearby town.',
  pickerResults: (n) => plural('en', n, { one: '# store nearby', other: '# stores nearby' }),
  pickerFellBack: 'Address search is unavailable: showing stores matching towns and postcodes.',
  pickerLocationFailed: 'We could not get your location. Search by postcode or town instead.',
  // places and time (src/geo, src/hours)
  locationDenied:
    'Location access is turned off. Allow it in your browser, or search by postcode or town.',
  locationTimeout: 'Finding your location took too long. Try again, or search by postcode or town.',
  locationUnavailable:
    'Your location is not available right now. Search by postcode or town instead.',
  locationUnsupported:
    'This browser cannot share your location. Search by postcode or town instead.',
  hoursOpen: 'Open',
  hoursClosingSoon: 'Closing soon',
  hoursClosed: 'Closed',
  hoursClosedToday: 'Closed today',
  hoursOpeningSoon: 'Opening soon',
  hoursOpen24: 'Open 24 hours',
  hoursClosesAt: (time) => `closes at ${time}`,
  hoursClosesOn: (day, time) => `closes ${day} at ${time}`,
  hoursOpensAt: (time) => `opens at ${time}`,
  hoursOpensOn: (day, time) => `opens ${day} at ${time}`,
  hoursTomorrow: 'tomorrow',
  hoursSpecialHours: 'Special hours',
  hoursSpecialClosure: 'Closed (special closure)',
  pickupReadyToday: (time) => `Ready today at ${time}`,
  pickupReadyTomorrow: (time) => `Ready tomorrow at ${time}`,
  pickupReadyOn: (day, time) => `Ready ${day} at ${time}`,
};
