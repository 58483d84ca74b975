/**
 * The message table every locale implements. Adding a key here makes the compiler ask for it in
 * every locale, so no locale is ever left incomplete.
 */
export interface Messages {
  /** Language name in its own language, for locale pickers. */
  languageName: string;
  loading: string;
  retry: string;
  close: string;
  errorGeneric: string;
  errorOffline: string;
  /** Demo greeting shown by the base demo. */
  demoGreeting: (name: string) => string;
  storesFound: (n: number) => string;
  // stock badge
  badgeChecking: string;
  badgeInStock: string;
  badgeInStockCount: (n: number) => string;
  badgeLowStock: string;
  badgeLowStockCount: (n: number) => string;
  badgeOutOfStock: string;
  badgeNotEnough: (n: number) => string;
  badgeUnknown: string;
  badgeAtStore: (store: string) => string;
  badgeChecked: (relative: string) => string;
  badgeStale: string;
  badgeNearest: (store: string, distance: string) => string;
  badgeNoneNearby: string;
  badgeRestock: (date: string) => string;
  badgeNoStore: string;
  badgeCheckNearYou: string;
  badgeChangeStore: string;
  badgeUnavailable: string;
  badgeInvalid: string;
  // store picker
  pickerTitle: string;
  pickerSearchLabel: string;
  pickerSearch: string;
  pickerUseLocation: string;
  pickerLocating: string;
  pickerChoose: string;
  pickerNoResults: string;
  pickerResults: (n: number) => string;
  pickerFellBack: string;
  pickerLocationFailed: string;
  // places and time (src/geo, src/hours)
  locationDenied: string;
  locationTimeout: string;
  locationUnavailable: string;
  locationUnsupported: string;
  hoursOpen: string;
  hoursClosingSoon: string;
  hoursClosed: string;
  hoursClosedToday: string;
  hoursOpeningSoon: string;
  hoursOpen24: string;
  hoursClosesAt: (time: string) => string;
  hoursClosesOn: (day: string, time: string) => string;
  hoursOpensAt: (time: string) => string;
  hoursOpensOn: (day: string, time: string) => string;
  hoursTomorrow: string;
  hoursSpecialHours: string;
  hoursSpecialClosure: string;
  pickupReadyToday: (time: string) => string;
  pickupReadyTomorrow: (time: string) => string;
  pickupReadyOn: (day: string, time: string) => string;
  // store locator
  locatorSearchLabel: string;
  locatorSuggestions: string;
  locatorNoPlace: string;
  locatorUseLocation: string;
  locatorLocating: string;
  locatorLocationFailed: string;
  locatorGeocoderDown: string;
  locatorPrompt: string;
  locatorFilters: string;
  locatorOpenNow: string;
  locatorInStockFirst: string;
  locatorService: (code: string) => string;
  locatorResults: (n: number, radius: string) => string;
  locatorNoResults: (radius: string) => string;
  locatorWiden: (radius: string) => string;
  locatorError: string;
  locatorDistance: (distance: string) => string;
  locatorHours: string;
  locatorClosed: string;
  locatorSpecialHours: string;
  locatorCall: (store: string) => string;
  locatorDirections: string;
  locatorDirectionsTo: (store: string) => string;
  locatorMakeMyStore: string;
  locatorMyStore: string;
  locatorBasket: (have: number, total: number) => string;
  locatorView: string;
  locatorList: string;
  locatorMap: string;
  locatorMapLabel: string;
  locatorCluster: (n: number) => string;
  locatorStoresNear: (place: string) => string;
  locatorZoomIn: string;
  locatorZoomOut: string;
}
