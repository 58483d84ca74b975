/**
 * The message tables, one interface per part: each element loads only the parts it renders (see
 * `localized()` in ./localized.ts). Adding a key to an interface makes the compiler ask for it in
 * every locale, so no locale is ever left incomplete.
 */

/** Shared by every element. */
export interface CommonMessages {
  loading: string;
  retry: string;
  close: string;
  errorGeneric: string;
  errorOffline: string;
}

/** Stock status words, shared by <aisle-stock-badge> and <aisle-store-locator>. */
export interface StockMessages {
  stockChecking: string;
  stockInStock: string;
  stockLow: string;
  stockOut: string;
  stockUnknown: string;
}

/** <aisle-stock-badge>. */
export interface BadgeMessages {
  badgeInStockCount: (n: number) => string;
  badgeLowStockCount: (n: number) => string;
  badgeNotEnough: (n: number) => string;
  badgeAtStore: (store: string) => string;
  badgeChecked: (relative: string) => string;
  /** The relative time under 45 seconds ("checked just now", not Intl's "checked now"). */
  badgeJustNow: string;
  badgeStale: string;
  badgeNearest: (store: string, distance: string) => string;
  badgeNoneNearby: string;
  badgeRestock: (date: string) => string;
  badgeNoStore: string;
  badgeCheckNearYou: string;
  badgeChangeStore: string;
  badgeUnavailable: string;
  /** The store (the shopper's, or the `store` attribute) does not exist in the API. */
  badgeStoreUnknown: string;
  badgeInvalid: string;
}

/** The store picker's stand-in while its code loads (the badge and the reserve dialog). */
export interface PickerLoadMessages {
  pickerLoadFailed: string;
}

/** <aisle-store-picker> (the badge's and the reserve dialog's "choose your store"). */
export interface PickerMessages {
  pickerTitle: string;
  pickerSearchLabel: string;
  pickerSearch: string;
  pickerUseLocation: string;
  pickerLocating: string;
  pickerChoose: string;
  pickerNoResults: string;
  pickerResults: (n: number) => string;
  /** Stores found by their name, town or postcode (no place, so no distances): not "nearby". */
  pickerMatches: (n: number) => string;
  pickerFellBack: string;
  pickerLocationFailed: string;
  pickerError: string;
}

/** The shopper's location (src/geo). */
export interface LocationMessages {
  locationDenied: string;
  locationTimeout: string;
  locationUnavailable: string;
  locationUnsupported: string;
}

/** Opening hours (src/hours/status.ts, table.ts). */
export interface HoursMessages {
  hoursOpen: string;
  hoursClosingSoon: string;
  hoursClosed: string;
  hoursClosedToday: string;
  hoursOpeningSoon: string;
  hoursOpen24: string;
  hoursClosesAt: (time: string) => string;
  hoursClosesMidnight: string;
  /** A store closing as `day` ends ("Friday", "tomorrow"). */
  hoursClosesOnMidnight: (day: string) => string;
  hoursClosesOn: (day: string, time: string) => string;
  hoursOpensAt: (time: string) => string;
  hoursOpensOn: (day: string, time: string) => string;
  hoursSpecialHours: string;
  hoursSpecialClosure: string;
  /** A store that publishes no hours (`weekly: []`): its status, and its days in the table. */
  hoursUnknown: string;
}

/** The pickup promise (src/hours/pickup.ts), and "tomorrow", which the hours use too. */
export interface PickupMessages {
  hoursTomorrow: string;
  pickupReadyToday: (time: string) => string;
  pickupReadyTomorrow: (time: string) => string;
  pickupReadyOn: (day: string, time: string) => string;
}

/** <aisle-reserve-button>'s button, all a page runs before the shopper clicks it. */
export interface ReserveTriggerMessages {
  reserveButton: string;
  reserveView: string;
  reserveInvalid: string;
  reserveLoadFailed: string;
}

/** <aisle-reserve-button>'s dialog (loaded on the click). */
export interface ReserveMessages {
  reserveTitle: (product: string) => string;
  reserveStepOf: (n: number, total: number) => string;
  reserveStepStore: string;
  reserveStepContact: string;
  reserveStepDone: string;
  /** The step heading once the hold ran out, or the reservation was cancelled. */
  reserveStepExpired: string;
  reserveStepCancelled: string;
  reserveStore: string;
  reserveNoStore: string;
  /** Opened after a reload with a reservation kept for the product: reading it again. */
  reserveChecking: string;
  reserveCheckFailed: string;
  /** A confirm whose answer never came made a reservation the API cannot show (after a reload). */
  reserveLost: string;
  reserveChangeStore: string;
  reserveQuantity: string;
  reserveUpTo: (n: number) => string;
  reserveAvailable: (n: number) => string;
  /** "Low stock" with no count from the API: the units offered per reservation then. */
  reserveLowStockCap: (n: number) => string;
  reserveSlot: string;
  reserveSlotFirst: string;
  /** A pickup slot's times within its day: "12:30 PM–1:30 PM". */
  reserveTimeRange: (start: string, end: string) => string;
  /** A pickup slot: its day and its times ("Monday, December 7, 12:30 PM–1:30 PM"). */
  reserveSlotRange: (day: string, times: string) => string;
  reserveNotHere: (store: string) => string;
  /** The store has no in-store pickup (it may have stock). */
  reserveNoPickup: (store: string) => string;
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
  /**
   * Said at 5 and 2 minutes, 1 minute and 30 seconds left: "less than", so that it stays true while
   * the live region keeps it. With `moreTime` and 2 minutes or less left, it says how to get more time.
   */
  reserveTimeLeft: (seconds: number, moreTime?: boolean) => string;
  /** "More time" on the hold (WCAG 2.2.1), and what pressing it did. */
  reserveMoreTime: string;
  reserveExtended: (minutes: number) => string;
  reserveNoMoreTime: string;
  reserveMoreTimeFailed: string;
  reserveExpired: string;
  /** The hold ran out after a confirm with no answer: asking whether it made the reservation. */
  reserveExpiredChecking: string;
  reserveHoldAgain: string;
  reserveStockGone: string;
  /** A 409 while some stock is left, fewer than asked: how many are left now. */
  reserveStockFewer: (n: number) => string;
  /** The same when the API gives no count (low stock). */
  reserveStockFewerUncounted: string;
  reserveHoldFailed: string;
  reserveSlotFull: string;
  /** A hold answered for another pickup slot than the one chosen (given back at once). */
  reserveSlotOther: string;
  reserveSlotPassed: string;
  /** The contact step's way back when the held slot has passed: choose another time. */
  reserveSlotChoose: string;
  reserveName: string;
  reserveEmail: string;
  reservePhone: string;
  reserveOptional: string;
  reserveTerms: string;
  /** reserveTerms with `terms-url`: the text before the link, the link's text, the text after. */
  reserveTermsLinked: readonly [before: string, link: string, after: string];
  /** Said after a link that opens a new tab. */
  reserveNewTab: string;
  reserveMarketing: string;
  reserveErrNameRequired: string;
  /** A name or e-mail address longer than `max` characters. */
  reserveErrTooLong: (max: number) => string;
  reserveErrEmailRequired: string;
  reserveErrEmailInvalid: string;
  reserveErrPhoneInvalid: string;
  reserveErrTerms: string;
  reserveErrSummary: (n: number) => string;
  reserveConfirm: string;
  reserveConfirming: string;
  reserveConfirmNetwork: string;
  /** Said after `reserveConfirmNetwork` when the network comes back while it shows. */
  reserveBackOnline: string;
  reserveConfirmFailed: string;
  /** A confirm failure the server may still have carried out (a 5xx, an unreadable answer). */
  reserveConfirmUnsure: string;
  reserveConfirmExpired: string;
  reserveConfirmed: string;
  /** A confirm answered after the dialog closed: said from the button, which now offers to view it. */
  reserveConfirmedClosed: string;
  /** A confirm refused after the dialog closed: said from the button. */
  reserveRefusedClosed: string;
  reserveCode: string;
  reserveQrLabel: (code: string) => string;
  /**
   * What was reserved: "2 × Oak chair"; the product alone when the quantity is not known (a
   * provider's reservation without one: never guessed).
   */
  reserveItem: (product: string, quantity?: number) => string;
  reserveReadyAt: (when: string) => string;
  /** The ready time is past: ready now. */
  reserveReadyNow: string;
  /** The booked pickup slot, in place of the ready time: `slot` as the store step lists it. */
  reserveSlotBooked: (slot: string) => string;
  reservePickupBy: (when: string) => string;
  /** A confirmation whose pick-up-by time is already past as it shows (a lying API, a clock off). */
  reservePickupPassed: string;
  reserveHours: string;
  reserveAddToCalendar: string;
  /** Without `store` while the store is not known (its id means nothing to a shopper). */
  reserveCalendarSummary: (product: string, store?: string) => string;
  /** The confirmation's store could not be read (the reservation itself is fine). */
  reserveStoreUnreadable: string;
  /** A hold refused for now (429 or 503 with Retry-After): try again in about `seconds`. */
  reserveBusy: (seconds: number) => string;
  /** The store step's store is unknown to the API (closed since, or a stale id). */
  reserveStoreGone: string;
  /** The store step's reads failed: no answer (network, timeout). */
  reserveStoreUnreachable: string;
  /** The store step's reads failed otherwise (an HTTP error, an answer that breaks the contract). */
  reserveStoreFailed: string;
  /** `pickupBy` absent: the API gave none that can be kept (validate-reservations.ts `pickupDeadline`). */
  reserveCalendarDescription: (code: string, pickupBy?: string) => string;
  reserveCancel: string;
  /** Asked after the first press of "Cancel reservation". */
  reserveCancelAsk: string;
  reserveCancelYes: string;
  reserveKeep: string;
  reserveCancelling: string;
  /** The cancelled step's status line, naming the reservation's code. */
  reserveCancelled: (code: string) => string;
  reserveCancelFailed: string;
  reserveCannotCancel: string;
  /** Over a reservation another tab made, shown in place of this tab's flow (its hold released). */
  reserveOtherTab: string;
  reserveAnother: string;
  /** Heading of a reservation found collected (after "cancel" was refused). */
  reserveCollected: string;
  /** Heading of a reservation found expired, not picked up (after "cancel" was refused). */
  reserveLapsed: string;
}

/** <aisle-store-locator>. */
export interface LocatorMessages {
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
  /** How many stores were found (one or more; none is locatorNoResults or locatorNoMatch). */
  locatorResults: (n: number, radius: string) => string;
  locatorNoResults: (radius: string) => string;
  locatorWiden: (radius: string) => string;
  /** Nothing found with the open-now or service filters on. */
  locatorNoMatch: (radius: string) => string;
  locatorClearFilters: string;
  locatorError: string;
  locatorDistance: (distance: string) => string;
  locatorHours: string;
  locatorSpecialHours: string;
  /** Read before the phone number, its colon included: "Call X: ", "Appeler X : ". */
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
  /** The list's heading after "Use my location". */
  locatorStoresNearYou: string;
  /** The list's heading when the search has no place name (`near`, stores given from JavaScript). */
  locatorStores: string;
  locatorMapFailed: string;
  locatorZoomIn: string;
  locatorZoomOut: string;
  locatorTilesFailed: string;
  /** Describes each map pin: how to move between them with the keyboard. */
  locatorPinKeys: string;
}

/** Every message (for tests and tools; elements use the parts they need). */
export type Messages = CommonMessages &
  StockMessages &
  BadgeMessages &
  PickerMessages &
  PickerLoadMessages &
  LocationMessages &
  HoursMessages &
  PickupMessages &
  ReserveTriggerMessages &
  ReserveMessages &
  LocatorMessages;
