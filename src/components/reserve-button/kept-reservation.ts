/**
 * The reserve dialog's link to the reservation kept for the session (session.ts): saved under
 * its own SKU when confirmed, forgotten when cancelled, shown again after a reload, followed
 * when a variant picker changes the button's `sku`, and shared with the shop's other open tabs
 * (a BroadcastChannel, nothing stored): a reservation made in one tab is shown, not made again,
 * in another.
 */
import type { AisleClient } from '../../client/index.js';
import type { HoldRequest } from '../../client/provider.js';
import type { Hold, Reservation } from '../../client/types.js';
import type { Persist } from '../../config/config.js';
import type { ReserveFlow } from './flow.js';
import {
  forgetReservation,
  loadReservation,
  restoreReservation,
  saveReservation,
  type SavedReservation,
} from './session.js';
import { holdAnswered, holdAsked, leftHolds } from './left-holds.js';

/**
 * With persist="none", what this page confirmed, kept in memory only (never in storage): a
 * variant picker coming back to its SKU still shows it, and never offers to reserve it again.
 */
const inMemory = new Map<string, SavedReservation>();

/**
 * The keys of holds this page asked for (its own flows settle them) or is giving back (two
 * buttons may share a SKU): a left hold is given back only by the first load after the one that
 * asked for it.
 */
const ours = new Set<string>();

/** The other tabs of this shop: `{ask: sku}` asks them, `{sku, id, code}` tells or answers. */
const TABS = 'aisle:reservations';
let tabs: BroadcastChannel | undefined;
const fromTabs = new Set<(sku: string, saved: SavedReservation) => void>();

function otherTabs(): BroadcastChannel | undefined {
  if (!tabs && typeof BroadcastChannel === 'function') {
    const channel = (tabs = new BroadcastChannel(TABS));
    channel.onmessage = ({ data }: MessageEvent) => {
      const m = (data ?? {}) as { ask?: unknown; sku?: unknown; id?: unknown; code?: unknown };
      if (typeof m.ask === 'string') {
        const saved = inMemory.get(m.ask) ?? loadReservation(m.ask);
        if (saved?.id) channel.postMessage({ sku: m.ask, id: saved.id, code: saved.code });
      } else if (
        typeof m.sku === 'string' &&
        typeof m.id === 'string' &&
        m.id &&
        typeof m.code === 'string'
      ) {
        for (const listener of fromTabs) listener(m.sku, { id: m.id, code: m.code });
      }
    };
  }
  return tabs;
}

export interface KeptReservationHost {
  /** The button's SKU now. */
  sku(): string;
  flow: ReserveFlow;
  client(): AisleClient;
  persist(): Persist;
  dialogOpen(): boolean;
  /** Shows the kept reservation in the open dialog (reading it again first). */
  showKept(): void;
}

export class KeptReservation {
  constructor(private readonly host: KeptReservationHost) {}

  private saved(sku: string): SavedReservation | undefined {
    return inMemory.get(sku) ?? loadReservation(sku);
  }

  /** A reservation is kept for the button's SKU (it may not have been read again yet). */
  get kept(): boolean {
    return !!this.saved(this.host.sku());
  }

  confirmed(reservation: Reservation): void {
    const saved = { id: reservation.id, code: reservation.code };
    this.keep(reservation.sku, saved);
    otherTabs()?.postMessage({ sku: reservation.sku, ...saved });
  }

  private keep(sku: string, saved: SavedReservation): void {
    // persist="none": nothing in browser storage (the confirmation will not survive a reload).
    if (this.host.persist() === 'none') inMemory.set(sku, saved);
    else saveReservation(sku, saved);
  }

  /** Listens to the other tabs (and answers their questions) while the button is on the page. */
  connect(): void {
    otherTabs();
    fromTabs.add(this.fromOtherTab);
  }

  disconnect(): void {
    fromTabs.delete(this.fromOtherTab);
  }

  /** Asks the other tabs whether they keep a reservation for the button's SKU. */
  ask(): void {
    if (this.host.sku() && !this.kept) otherTabs()?.postMessage({ ask: this.host.sku() });
  }

  /**
   * Another tab made (or keeps) a reservation: kept here too. For the button's SKU, it shows: the
   * button reads "View your reservation", and an open dialog on the store step (no hold yet) shows
   * that reservation instead of starting a second one.
   */
  private readonly fromOtherTab = (sku: string, saved: SavedReservation): void => {
    if (this.saved(sku)?.id === saved.id) return;
    this.keep(sku, saved);
    const { flow } = this.host;
    if (sku !== this.host.sku()) return;
    if (this.host.dialogOpen()) {
      // Over its store step (no hold yet), or over "could not check": this one shows instead.
      if (flow.step === 'store') flow.reset('idle');
      if (flow.step === 'idle') this.host.showKept();
    } else if (flow.step === 'idle') void this.restore();
  };

  /** A confirm is on its way: until it answers, a reload asks the API how it ended. */
  confirming(hold: Hold): void {
    const kept = loadReservation(hold.sku);
    if (this.host.persist() !== 'none' && (!kept || kept.hold)) {
      saveReservation(hold.sku, { id: '', code: '', hold: hold.id });
    }
  }

  /** A hold is on its way: until its answer is known, a reload gives it back (left-holds.ts). */
  holdAsked(request: HoldRequest, key: string): void {
    ours.add(key);
    if (this.host.persist() !== 'none') holdAsked(request, key);
  }

  /** That hold's outcome is known. */
  holdAnswered(request: HoldRequest, key: string): void {
    holdAnswered(request, key);
  }

  /** Gives back the holds an earlier load of this tab asked for and never learnt of. */
  giveBackLeftHolds(): void {
    for (const { request, key } of leftHolds(this.host.sku())) {
      if (ours.has(key)) continue;
      ours.add(key);
      this.host.flow.giveBack(request, key);
    }
  }

  /** The hold is known not to be a reservation (released, or its confirm refused). */
  settled(hold: Hold): void {
    if (loadReservation(hold.sku)?.hold === hold.id) forgetReservation(hold.sku);
  }

  /**
   * Forgets what is kept for `sku` (the button's by default): cancelled, found over, or the
   * shopper makes another reservation.
   */
  forget(sku = this.host.sku()): void {
    forgetReservation(sku);
    inMemory.delete(sku);
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
    const saved = this.saved(sku);
    const found = await restoreReservation(sku, this.host.client(), saved);
    if (found === 'unreachable') return false;
    if (found === 'lost') return found;
    // Over, or refused by the API (unless another tab's replaced it meanwhile).
    if (found === 'none' && inMemory.get(sku) === saved) inMemory.delete(sku);
    if (found !== 'none' && flow.step === 'idle' && this.host.sku() === sku) flow.restore(found);
    return true;
  }

  /**
   * On opening: whether a kept reservation must be read first, never a new flow that could
   * reserve the same product twice (one kept but not read yet: a reload on a bad network). A
   * confirmation whose pickup time is over (a page left open for days) is read again rather than
   * shown as current; if it is over for the API too, a new flow starts.
   */
  toCheck(): boolean {
    const { flow } = this.host;
    const { reservation } = flow.state;
    if (flow.step === 'confirmed' && Date.parse(reservation!.pickupBy) <= Date.now()) {
      flow.reset('idle');
    }
    return flow.step === 'idle' && this.kept;
  }

  /** The flow is about another product than the button's (a variant picker changed `sku`). */
  get otherProduct(): boolean {
    const { reservation, request } = this.host.flow.state;
    const sku = reservation?.sku ?? request?.sku;
    return !!sku && sku !== this.host.sku();
  }

  /**
   * The button's SKU changed: once the dialog is closed and no confirm is in flight, a flow about
   * the previous product gives way (its reservation stays kept under its own SKU), and one kept
   * for the new SKU shows.
   */
  followSku(): void {
    const { flow } = this.host;
    if (this.host.dialogOpen() || flow.step === 'confirming') return;
    if (this.otherProduct) flow.reset('idle');
    void this.restore();
  }
}
