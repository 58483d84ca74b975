/**
 * The reserve dialog's link to the reservation kept for the session (session.ts): saved under
 * the API that made it and its own SKU when confirmed, forgotten when cancelled, shown again
 * after a reload, followed when a variant picker changes the button's `sku` or the page its
 * `api`, and shared with the shop's other open tabs (kept-tabs.ts): a reservation made in one tab
 * is shown, not made again, in another. The page's other buttons follow a confirmation and a
 * cancellation at once; other tabs hear of a cancellation and read the reservation again before
 * they stop showing it.
 */
import type { ClientReservations } from '../../client/reservations.js';
import type { Hold, Reservation } from '../../client/types.js';
import type { Persist } from '../../config/config.js';
import type { ReserveFlow } from './flow.js';
import {
  firstToTell,
  forgetReservation,
  loadReservation,
  restoreReservation,
  saveReservation,
  type SavedReservation,
} from './session.js';
import { apiOf, keptKey } from './session-read.js';
import { pickupDeadline } from '../../client/validate-reservations.js';
import { LeftHolds } from './left-holds.js';
import { InFlight } from '../../client/cache.js';
import { outcomeUnknown } from './flow-errors.js';
import { inMemory, otherTabs, reading, savedAt } from './kept-tabs.js';
import { inTurn } from './confirm-turn.js';

/** What the other tabs told, read from the API once however many buttons heard it. */
const checking = new InFlight<Reservation>();
/** The buttons on this page (with their dialog loaded). */
const buttons = new Set<KeptReservation>();
/** The channel to the other tabs, which this page's buttons hear. */
const tabs = () => otherTabs(buttons);

export interface KeptReservationHost {
  /** The button's SKU now; while the dialog is open, the product it was opened for. */
  sku(): string;
  /**
   * The API of the flow's hold or reservation, else the button's (reservations are kept apart
   * from another API's).
   */
  api(): { api: string; mock: boolean };
  /** The button's API now: the page may have changed it while a flow was under way. */
  pageApi(): { api: string; mock: boolean };
  flow: ReserveFlow;
  reservations(): ClientReservations;
  persist(): Persist;
  dialogOpen(): boolean;
  /** Shows the kept reservation in the open dialog (reading it again first); `otherTab`'s. */
  showKept(otherTab?: boolean): void;
  /** A confirm whose answer was lost made `reservation`, found now: the page is told of it. */
  made(reservation: Reservation): void;
  /** The page's other buttons for `sku` load their dialog (they show what is kept for it). */
  follow(sku: string): void;
}

export class KeptReservation {
  /** On the page (it hears the other tabs), and how many confirms wait for or are in their turn. */
  private connected = false;
  private turns = 0;

  constructor(private readonly host: KeptReservationHost) {}

  /** The button's holds left without an answer (left-holds.ts). */
  readonly left = new LeftHolds({
    at: (sku) => this.key(sku),
    sku: () => this.host.sku(),
    stored: () => this.host.persist() !== 'none',
    giveBack: (request, key) => this.host.flow.giveBack(request, key),
  });

  /** Where a reservation of `sku` through the button's API is kept. */
  private key(sku = this.host.sku()): string {
    return keptKey(this.apiId, sku);
  }

  /** The button's API, as keys and the other tabs name it. */
  private get apiId(): string {
    return apiOf(this.host.api());
  }

  private saved(key = this.key()): SavedReservation | undefined {
    return savedAt(key);
  }

  /** A reservation is kept for the button's SKU (it may not have been read again yet). */
  get kept(): boolean {
    return !!this.saved();
  }

  confirmed(reservation: Reservation): void {
    const saved = { id: reservation.id, code: reservation.code };
    const key = this.key(reservation.sku);
    this.keep(key, saved);
    this.host.follow(reservation.sku);
    for (const button of buttons) if (button !== this) button.show(key, reservation);
    tabs()?.postMessage({ api: this.apiId, sku: reservation.sku, ...saved });
  }

  private keep(key: string, saved: SavedReservation): void {
    // persist="none": nothing in browser storage (the confirmation will not survive a reload).
    if (this.host.persist() === 'none') inMemory.set(key, saved);
    else saveReservation(key, saved);
  }

  /** Listens to the other tabs (and answers their questions) while the button is on the page. */
  connect(): void {
    tabs();
    this.connected = true;
    buttons.add(this);
  }

  disconnect(): void {
    this.connected = false;
    if (!this.turns) buttons.delete(this);
  }

  /** Asks the other tabs whether they keep a reservation for the button's SKU. */
  ask(): void {
    const ask = this.host.sku();
    if (ask && !this.kept) tabs()?.postMessage({ api: this.apiId, ask });
  }

  /**
   * Another tab made (or keeps) a reservation: kept here too, unless this tab keeps one the API
   * still says is confirmed (read first; two tabs whose confirms crossed each keep their own). For
   * the button's SKU, it shows: the
   * button reads "View your reservation", and an open dialog that has not confirmed (on the store
   * step, or with a hold, which is given back) shows that reservation instead of making a second.
   * Any script of the site can post on the channel, and a made-up message must neither cost the
   * shopper a hold nor replace a real reservation: the reservation is read from the API first
   * and taken only if it is confirmed and of that product (any spelling of its SKU); a refusal
   * (404, 410, 429…) or any other answer is ignored. No answer (offline, a 5xx): taken as one to
   * check, unless the tab keeps a reservation of its own. A hold given up for a message that was
   * false costs a hold (the dialog says it could not check, and "try again" then starts anew); a
   * true one ignored could let "Confirm" make a second reservation once the network is back.
   */
  readonly fromOtherTab = (api: string, sku: string, told: SavedReservation): void => {
    if (api !== this.apiId) return;
    const key = this.key(sku);
    // What the tab keeps: none, or the reservation (not the record of a confirm sent since).
    const kept = () => this.saved(key)?.id || undefined;
    const mine = kept();
    if (mine === told.id) return;
    // Still what the tab kept when the message came (its own confirm may have landed meanwhile).
    const still = () => kept() === mine;
    const read = (id: string) =>
      checking.run(`${key}\n${id}`, () => this.host.reservations().getReservation(id));
    // One the tab keeps that the API still says is confirmed stays: two tabs whose confirms
    // crossed each keep their own (the one told over it would be shown nowhere after a reload).
    const live = mine
      ? read(mine).then(
          (r) => r.status === 'confirmed',
          () => false,
        )
      : undefined;
    const check = Promise.resolve(live).then((kept) => {
      if (kept) return;
      return read(told.id).then(
        (r) => {
          const same = r.sku.toLowerCase() === sku.toLowerCase();
          if (r.status === 'confirmed' && same && still())
            this.told(key, { id: told.id, code: r.code });
        },
        (error: unknown) => {
          if (!mine && outcomeUnknown(error) && still()) this.told(key, told);
        },
      );
    });
    reading(check);
  };

  /**
   * Runs `confirm` (of `hold`) in this tab's turn for its product, unless a reservation of it is
   * kept by then (another tab's, read from the API): then it resolves false (confirm-turn.ts).
   */
  inTurn(hold: Hold, confirm: () => Promise<void>): Promise<boolean> {
    const key = this.key(hold.sku);
    const ask = () => tabs()?.postMessage({ api: this.apiId, ask: hold.sku });
    // Hears the answers even if the page removes the button meanwhile.
    this.turns++;
    buttons.add(this);
    return inTurn(key, { ask, kept: () => !!this.saved(key)?.id }, confirm).finally(() => {
      if (!--this.turns && !this.connected) buttons.delete(this);
    });
  }

  private told(key: string, saved: SavedReservation): void {
    // A confirm of this tab's with no answer yet is kept beside the news, not lost under it: a
    // reload asks how it ended first (its own reservation shows; if none, this one does).
    const hold = loadReservation(key)?.hold;
    this.keep(key, hold ? { ...saved, hold } : saved);
    this.show(key, undefined, true);
  }

  /**
   * A reservation kept under `key` now (told by another tab, read from the API; or `made` by
   * another button of this page) shows, if it is the button's product.
   */
  show(key: string, made?: Reservation, otherTab?: boolean): void {
    const { flow } = this.host;
    if (key !== this.key()) return;
    if (this.host.dialogOpen()) {
      // Over its store step, a hold not confirmed (given back: one press of "Confirm" from a
      // second reservation), or "could not check": this one shows instead. Not over a confirm in
      // flight (its answer decides), nor over this tab's own confirmation.
      if (['store', 'holding', 'contact', 'expired'].includes(flow.step)) flow.reset('idle');
      if (flow.step === 'idle') this.host.showKept(otherTab);
    } else if (flow.step === 'idle') {
      if (made) this.showRead({ ...made, sku: this.host.sku() });
      else void this.restore();
    }
  }

  /**
   * Another tab cancelled reservation `id` (or found it over): read again, as a made-up message
   * must not cost a reservation, and followed once the API says it is over or gone.
   */
  overElsewhere(api: string, sku: string, id: string): void {
    const key = this.key(sku);
    const shown = this.host.flow.state.reservation?.id;
    if (api === this.apiId && (this.saved(key)?.id === id || shown === id)) this.reread(key, id);
  }

  /** On opening, the confirmation shown is read again: the API may have cancelled or ended it. */
  recheck(): void {
    const { step, reservation: r } = this.host.flow.state;
    if (step === 'confirmed' && r) this.reread(this.key(r.sku), r.id);
  }

  reread(key: string, id: string): void {
    const read = checking.run(`${key}\n${id}`, () => this.host.reservations().getReservation(id));
    read.then(
      (now) => now.id === id && now.status !== 'confirmed' && this.ended(key, id, now),
      (error: unknown) => {
        const status = (error as { status?: number } | null)?.status;
        if (status === 404 || status === 410) this.ended(key, id);
      },
    );
  }

  /**
   * Reservation `id` is over (`now`: cancelled, collected, expired) or gone: no longer kept, and
   * no longer shown as current. An open dialog shows what it is now (gone: a new flow); a closed
   * one's button offers to reserve again.
   */
  ended(key: string, id: string, now?: Reservation): void {
    if (this.saved(key)?.id === id) this.drop(key);
    const { flow } = this.host;
    const { step, reservation } = flow.state;
    if (step !== 'confirmed' || reservation?.id !== id) return;
    if (!this.host.dialogOpen()) flow.reset('idle');
    else if (now) this.showRead({ ...now, sku: reservation.sku });
    else {
      flow.reset('idle');
      this.host.showKept();
    }
  }

  /**
   * A confirm failed, or gave way (`inTurn`): another tab's reservation told while it was on its
   * way (kept beside its hold) now shows, as it would have over the form, rather than a second
   * reservation.
   */
  confirmFailed(): void {
    const sku = this.host.flow.state.request?.sku;
    const { id, code } = (sku && this.saved(this.key(sku))) || {};
    if (id && code) this.told(this.key(sku), { id, code });
  }

  /** A confirm is on its way: until it answers, a reload asks the API how it ended. */
  confirming(hold: Hold): void {
    const key = this.key(hold.sku);
    const kept = loadReservation(key);
    if (this.host.persist() !== 'none' && (!kept || kept.hold)) {
      saveReservation(key, { id: kept?.id ?? '', code: kept?.code ?? '', hold: hold.id });
    }
  }

  /** The hold is known not to be a reservation (released, or its confirm refused). */
  settled(hold: Hold): void {
    const key = this.key(hold.sku);
    const kept = loadReservation(key);
    if (kept?.hold !== hold.id) return;
    // Another tab's reservation kept beside it stays.
    if (kept.id) saveReservation(key, { id: kept.id, code: kept.code });
    else forgetReservation(key);
  }

  /**
   * Forgets what is kept for `sku` (the button's by default): cancelled or found over (`over`,
   * which the page's other buttons then show as it is, and the other tabs read again), or the
   * shopper makes another reservation.
   */
  forget(sku = this.host.sku(), over?: Reservation): void {
    const key = this.key(sku);
    const id = this.saved(key)?.id;
    this.drop(key);
    if (!id) return;
    const now = over?.id === id ? over : undefined;
    for (const b of buttons) if (b !== this) void (now ? b.ended(key, id, now) : b.reread(key, id));
    tabs()?.postMessage({ api: this.apiId, sku, over: id });
  }

  /** Shows a reservation read through the button's API, which it then belongs to. */
  private showRead(reservation: Reservation): void {
    this.host.flow.restore(reservation, this.host.reservations());
  }

  private drop(key: string): void {
    forgetReservation(key);
    inMemory.delete(key);
  }

  /**
   * Shows a confirmation kept for this session (id and code only) after a reload. Resolves to
   * false when the API could not be asked, 'lost' when a confirm whose answer never came made a
   * reservation the API cannot show.
   */
  async restore(): Promise<boolean | 'lost'> {
    const { flow } = this.host;
    const sku = this.host.sku();
    if (!sku || flow.step !== 'idle') return true;
    const key = this.key(sku);
    const saved = this.saved(key);
    const found = await restoreReservation(sku, key, this.host.reservations(), saved);
    if (found === 'unreachable') return false;
    if (found === 'lost') return found;
    if (found === 'none') {
      // Over, or refused by the API (unless another tab's replaced it meanwhile).
      if (inMemory.get(key) === saved) inMemory.delete(key);
      return true;
    }
    if (flow.step === 'idle' && this.key() === key) this.showRead(found);
    // A lost confirm's reservation, found now: the page and the other tabs hear of it as of any
    // confirmation (a tab confirming the product meanwhile shows it, not a second one).
    if (firstToTell(found)) {
      this.host.made(found);
      tabs()?.postMessage({ api: this.apiId, sku, id: found.id, code: found.code });
    }
    return true;
  }

  /**
   * A confirmation whose pickup time is over (a page left open past it) goes back to idle: the
   * button offers to reserve again, and the next opening reads it again rather than showing it
   * as current (if it is over for the API too, a new flow starts).
   */
  lapse(): void {
    const { flow } = this.host;
    const { reservation } = flow.state;
    if (flow.step === 'confirmed' && (pickupDeadline(reservation!) ?? Infinity) <= Date.now()) {
      flow.reset('idle');
    }
  }

  /**
   * On opening: whether a kept reservation must be read first, never a new flow that could
   * reserve the same product twice (one kept but not read yet: a reload on a bad network).
   */
  toCheck(): boolean {
    this.lapse();
    return this.host.flow.step === 'idle' && this.kept;
  }

  /** The flow is about another product than the button's (a variant picker changed `sku`). */
  get otherProduct(): boolean {
    const { reservation, request } = this.host.flow.state;
    const sku = reservation?.sku ?? request?.sku;
    return !!sku && sku !== this.host.sku();
  }

  /** The flow's hold or reservation is at another API than the page's (its `api` changed). */
  get otherApi(): boolean {
    return this.apiId !== apiOf(this.host.pageApi());
  }

  /** The flow is about another product or API than the button's. */
  get moved(): boolean {
    return this.otherProduct || this.otherApi;
  }

  /**
   * The button's SKU or API changed: once the dialog is closed and no confirm is in flight, a flow
   * about the previous product or at the previous API gives way (its reservation stays kept under
   * its own SKU and API), and one kept for the new SKU and API shows. An open dialog not yet
   * holding at another API shows one kept for the page's API at once (as `show`), rather than let
   * "Hold it" make a second.
   */
  followSku(): void {
    const { flow } = this.host;
    const busy = this.host.dialogOpen() || flow.step === 'confirming';
    if (!busy && this.moved) flow.reset('idle');
    if (this.otherApi) return; // the flow is still at the previous API: followed once it ends
    this.left.giveBack(); // the new SKU's: loaded for another SKU, the dialog has not seen them
    if (!busy) void this.restore();
    // A reservation, not only a confirm's record (its hold would be given up for nothing).
    else if (this.saved()?.id) this.show(this.key());
  }
}
