/**
 * Where the locator searches: a place the shopper types or picks (the search box), the `query`
 * attribute looked up on load, or the shopper's position after a click on "use my location".
 * Keeps what the search row says (a notice, "locating…", a failed `query`), for `<aisle-store-locator>`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LatLng } from '../../client/types.js';
import type { Geocoder, Suggestion } from '../../geo/geocoder.js';
import { locateFromUserAction, LocationError, locationErrorMessage } from '../../geo/locate.js';
import type { LocatorElementMessages } from './messages.js';
import { parseNear } from './ranking.js';
import { SearchCombobox } from './search-combobox.js';

export interface PlaceSearchOptions {
  geocoder(): Geocoder;
  locale(): string;
  msg(): LocatorElementMessages;
  /** A place to search around was found (picked, looked up, or the shopper's position: `mine`). */
  onPlace(point: LatLng, label?: string, picked?: Suggestion, mine?: boolean): void;
  /** A place could not be looked up (an error, not "no match"): typed, or the `query` attribute. */
  onFailed(error: unknown): void;
}

export class PlaceSearch {
  readonly box: SearchCombobox;
  /** A notice above the results (address search down, location refused…). */
  notice: string | undefined;
  /** The notice says how searching works now (the address service is down), not what failed. */
  #lasting = false;
  locating = false;
  /** The `query` attribute's look-up failed: the list shows the error with "Try again". */
  queryFailed = false;
  /** Places chosen in the search box so far: one chosen while locating wins over the position. */
  #picks = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: PlaceSearchOptions,
  ) {
    this.box = new SearchCombobox(host, {
      geocoder: options.geocoder,
      locale: options.locale,
      onPick: (s) => {
        this.#picks++;
        options.onPlace(s.point, s.label, s);
      },
      // The place look-up itself failed (the API, or every geocoder): not "no match", and not
      // the online service's fallback either. Enter in the box asks again.
      onError: (error) => {
        this.say(options.msg().locatorError);
        options.onFailed(error);
      },
    });
  }

  /** Shows a notice above the results (undefined: none); see `lasting`. */
  say(notice: string | undefined, lasting = false): void {
    this.notice = notice;
    this.#lasting = lasting;
    this.host.requestUpdate();
  }

  /** A new place is being searched: what failed before (a `query`, a search) no longer stands. */
  placeChosen(): void {
    this.queryFailed = false;
    if (!this.#lasting) this.say(undefined);
  }

  /** The `query` attribute, when `near` does not give the place: see lookUp. */
  lookUpQuery(query: string | null, near: string | null): void {
    if (query?.trim() && !parseNear(near)) this.lookUp(query);
  }

  /** The `query` attribute: looks it up and searches around the first place found. */
  lookUp(text: string): void {
    this.queryFailed = false;
    void this.box.lookUp(text).then((place) => {
      if (place) this.options.onPlace(place.point, place.label);
      if (place !== undefined) return;
      this.queryFailed = true;
      this.say(undefined); // the error panel says it, with "Try again"
    });
  }

  /** "Use my location": asks for the position (only inside the shopper's click). */
  async useLocation(event: Event): Promise<void> {
    if (this.locating) return; // the button stays focusable while locating (aria-disabled)
    this.locating = true;
    if (!this.#lasting) this.say(undefined); // "address search unavailable" still stands
    // The latest request wins: a text search still on its way no longer replaces the position,
    // and a place the shopper picks while the device locates replaces it.
    this.box.cancel();
    const picks = this.#picks;
    try {
      const point = await locateFromUserAction(event);
      if (picks !== this.#picks) return;
      this.box.setQuery('');
      this.options.onPlace(point, undefined, undefined, true);
    } catch (error) {
      this.say(
        error instanceof LocationError
          ? locationErrorMessage(error.code, this.options.locale())
          : this.options.msg().locatorLocationFailed,
      );
    } finally {
      this.locating = false;
      this.host.requestUpdate();
    }
  }
}
