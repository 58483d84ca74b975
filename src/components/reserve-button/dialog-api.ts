/**
 * Which API the reserve dialog talks to: the page's (`<aisle-config api>` may change at any
 * time), except for what belongs to the flow's hold or reservation, which stays with the API that
 * made it (`ReserveFlow.at`): its confirm, release and cancellation, and where it is kept.
 */
import { clientFor, type AisleClient } from '../../client/index.js';
import { reservationsOf, type ClientReservations } from '../../client/reservations.js';
import type { AisleConfigValues } from '../../config/config.js';

/** Each API client's reservations, with the page's config it was made for. */
const made = new WeakMap<object, { config: AisleConfigValues; reservations: ClientReservations }>();

export class DialogApi {
  constructor(
    private readonly config: () => AisleConfigValues,
    private readonly locale: () => string,
    /** The flow's hold or reservation's API (`ReserveFlow.at`), if any. */
    private readonly at: () => object | undefined,
  ) {}

  /** The page's API client. */
  get client(): AisleClient {
    const { api, apiKey, mock } = this.config();
    return clientFor({ api, apiKey, locale: this.locale(), mock });
  }

  /** The page's API, for reservations. */
  get reservations(): ClientReservations {
    const reservations = reservationsOf(this.client);
    made.set(reservations, { config: this.config(), reservations });
    return reservations;
  }

  /** The flow's hold or reservation's API, else the page's. */
  private get flows() {
    const at = this.at();
    return (at && made.get(at)) || { config: this.config(), reservations: this.reservations };
  }

  /** The config of the flow's API (what is kept of its reservation is kept under it). */
  get flowConfig(): AisleConfigValues {
    return this.flows.config;
  }

  /** The flow's API, for reservations. */
  get flowReservations(): ClientReservations {
    return this.flows.reservations;
  }
}
