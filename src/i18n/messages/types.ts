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
  // reserve button
  reserveButton: string;
  reserveTitle: (product: string) => string;
  reserveStepOf: (n: number, total: number) => string;
  reserveStepStore: string;
  reserveStepContact: string;
  reserveStepDone: string;
  reserveStore: string;
  reserveNoStore: string;
  reserveChooseStore: string;
  reserveChangeStore: string;
  reserveQuantity: string;
  reserveUpTo: (n: number) => string;
  reserveAvailable: (n: number) => string;
  reserveSlot: string;
  reserveSlotFirst: string;
  reserveSlotRange: (day: string, start: string, end: string) => string;
  reserveNotHere: (store: string) => string;
  reserveElsewhere: string;
  reserveAlternative: (
    store: string,
    distance: string | undefined,
    n: number | undefined,
  ) => string;
  reserveNoAlternatives: string;
  reserveHold: string;
  reserveHolding: string;
  reserveHeldFor: (time: string) => string;
  reserveTimeLeft: (seconds: number) => string;
  reserveHoldStarted: (minutes: number) => string;
  reserveExpired: string;
  reserveHoldAgain: string;
  reserveStockGone: string;
  reserveHoldFailed: string;
  reserveName: string;
  reserveEmail: string;
  reservePhone: string;
  reserveOptional: string;
  reserveTerms: string;
  reserveMarketing: string;
  reserveErrNameRequired: string;
  reserveErrTooLong: string;
  reserveErrEmailRequired: string;
  reserveErrEmailInvalid: string;
  reserveErrPhoneInvalid: string;
  reserveErrTerms: string;
  reserveErrSummary: (n: number) => string;
  reserveConfirm: string;
  reserveConfirming: string;
  reserveConfirmNetwork: string;
  reserveConfirmFailed: string;
  reserveConfirmExpired: string;
  reserveConfirmed: string;
  reserveCode: string;
  reserveQrLabel: (code: string) => string;
  reserveReadyAt: (when: string) => string;
  reservePickupBy: (when: string) => string;
  reserveAddress: string;
  reserveHours: string;
  reserveClosed: string;
  reserveAddToCalendar: string;
  reserveCalendarSummary: (product: string, store: string) => string;
  reserveCalendarDescription: (code: string, pickupBy: string) => string;
  reserveCancel: string;
  reserveCancelling: string;
  reserveCancelled: string;
  reserveCancelFailed: string;
  reserveAnother: string;
  reserveView: string;
  reserveInvalid: string;
  reserveProduct: string;
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
