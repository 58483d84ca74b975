import { expect } from '@open-wc/testing';
import type {
  ConfirmRequest,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
} from '../../src/client/provider.js';
import type { Hold, Reservation } from '../../src/client/types.js';
import {
  classifyError,
  ReserveFlow,
  type FlowState,
  type ReserveApi,
} from '../../src/components/reserve-button/flow.js';

/** A fake API that behaves like the contract: idempotent by key, with scripted failures. */
class FakeApi implements ReserveApi {
  holds = new Map<string, Hold>();
  reservations = new Map<string, Reservation>();
  holdKeys: string[] = [];
  confirmKeys: string[] = [];
  released: Array<{ id: string; keepalive?: boolean }> = [];
  cancelled: string[] = [];
  /** What a cancel meets instead (a 409 for a collected reservation), and reads say then. */
  failCancel?: unknown;
  readAs?: Partial<Reservation>;
  /** What confirm and cancel answers say instead (a lying API). */
  confirmAs?: Partial<Reservation>;
  cancelAs?: Partial<Reservation>;
  failConfirm: unknown[] = [];
  failHold: unknown[] = [];
  /** Failures after the hold is made: the server held the stock, the answer was lost. */
  loseHold: unknown[] = [];
  /** Units per store (unlimited when unset): live holds count against them, as on the server. */
  stock?: number;
  private n = 0;
  private gates: Array<() => void> = [];

  /** Holds answers until `open()` (to test calls made while one is in flight). */
  gated = false;
  open(): void {
    this.gated = false;
    for (const g of this.gates.splice(0)) g();
  }
  /** Lets only the `index`-th waiting call through (in call order), the rest keep waiting. */
  openOne(index: number): void {
    this.gates.splice(index, 1)[0]?.();
  }
  private async gate(): Promise<void> {
    if (this.gated) await new Promise<void>((r) => this.gates.push(r));
  }

  async createHold(request: HoldRequest, options: MutationOptions): Promise<Hold> {
    this.holdKeys.push(options.idempotencyKey);
    await this.gate();
    const failure = this.failHold.shift();
    if (failure) throw failure;
    const existing = this.holds.get(options.idempotencyKey);
    if (existing) return existing;
    if (this.stock !== undefined && this.heldUnits(request) + request.quantity > this.stock) {
      throw Object.assign(new Error('gone'), { kind: 'problem', status: 409 });
    }
    const hold: Hold = {
      id: `h${++this.n}`,
      ...request,
      status: 'held',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    this.holds.set(options.idempotencyKey, hold);
    const lost = this.loseHold.shift();
    if (lost) throw lost;
    return hold;
  }

  async confirmHold(holdId: string, _r: ConfirmRequest, options: MutationOptions) {
    this.confirmKeys.push(options.idempotencyKey);
    await this.gate();
    // The server commits first, then the answer may be lost on the way back.
    let reservation = this.reservations.get(options.idempotencyKey);
    if (!reservation) {
      reservation = {
        id: `r${++this.n}`,
        code: 'ABC123',
        status: 'confirmed',
        sku: 'AISLE-0001',
        storeId: 's1',
        quantity: 1,
        readyAt: new Date().toISOString(),
        pickupBy: new Date().toISOString(),
      };
      if (holdId !== 'gone') this.reservations.set(options.idempotencyKey, reservation);
    }
    const failure = this.failConfirm.shift();
    if (failure) throw failure;
    return { ...reservation, ...this.confirmAs };
  }

  /** An API without more time (extend-hold tests run against the mock). */
  extendHold(): undefined {
    return undefined;
  }

  /** Units of this product held (and not released) at this store. */
  private heldUnits(at: HoldRequest): number {
    const released = new Set(this.released.map((r) => r.id));
    let units = 0;
    for (const h of this.holds.values()) {
      if (h.sku === at.sku && h.storeId === at.storeId && !released.has(h.id)) units += h.quantity;
    }
    return units;
  }

  /** What a release meets instead (a 409 for a hold a lost confirm answer confirmed). */
  refuseRelease?: unknown;

  async releaseHold(holdId: string, options?: ReleaseOptions): Promise<void> {
    if (this.refuseRelease) throw this.refuseRelease;
    this.released.push({ id: holdId, keepalive: options?.keepalive });
  }

  async cancelReservation(id: string): Promise<Reservation> {
    this.cancelled.push(id);
    if (this.failCancel) throw this.failCancel;
    const r = [...this.reservations.values()].find((x) => x.id === id)!;
    return { ...r, status: 'cancelled', ...this.cancelAs };
  }

  async getReservation(id: string): Promise<Reservation> {
    const r = [...this.reservations.values()].find((x) => x.id === id)!;
    return { ...r, ...this.readAs };
  }
}

/** Waits (a few turns of the event loop) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r));
  expect(check(), 'condition not reached').to.equal(true);
}

const request: HoldRequest = { sku: 'AISLE-0001', storeId: 's1', quantity: 1 };
const confirmRequest: ConfirmRequest = {
  customer: { name: 'Ada', email: 'ada@example.com' },
  consent: { terms: true, marketing: false },
};

function setup() {
  const api = new FakeApi();
  const steps: string[] = [];
  const events: string[] = [];
  let k = 0;
  const flow = new ReserveFlow(
    () => api,
    {
      onChange: (s: FlowState) => steps.push(s.step),
      onHoldCreated: (h) => events.push(`held:${h.id}`),
      onHoldExpired: (h) => events.push(`expired:${h.id}`),
      onConfirmed: (r) => events.push(`confirmed:${r.id}`),
      onCancelled: (r) => events.push(`cancelled:${r.id}`),
      onError: (e) => events.push(`error:${e.reason}`),
    },
    () => `key-${++k}`,
  );
  return { api, flow, steps, events };
}

describe('reserve flow (state machine)', () => {
  it('goes store → holding → contact → confirming → confirmed', async () => {
    const { flow, steps, events } = setup();
    flow.open();
    await flow.hold(request);
    expect(flow.state.hold?.id).to.equal('h1');
    await flow.confirm(confirmRequest);
    expect(steps).to.deep.equal(['store', 'holding', 'contact', 'confirming', 'confirmed']);
    expect(events).to.deep.equal(['held:h1', 'confirmed:r2']);
    expect(flow.state.reservation?.code).to.equal('ABC123');
  });

  it('makes one hold for a burst of clicks', async () => {
    const { api, flow } = setup();
    flow.open();
    api.gated = true;
    const a = flow.hold(request);
    const b = flow.hold(request);
    const c = flow.hold(request);
    api.open();
    await Promise.all([a, b, c]);
    expect(api.holdKeys).to.have.length(1);
    expect(flow.step).to.equal('contact');
  });

  it('retries a failed confirm with the same key, and so makes one reservation', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    api.failConfirm.push(Object.assign(new Error('offline'), { kind: 'network' }));
    await flow.confirm(confirmRequest);
    expect(flow.step).to.equal('contact');
    expect(flow.state.error?.reason).to.equal('network');
    await flow.confirm(confirmRequest);
    expect(flow.step).to.equal('confirmed');
    expect(api.confirmKeys).to.deep.equal(['key-2', 'key-2']);
    expect(api.reservations.size).to.equal(1);
    expect(events).to.deep.equal(['held:h1', 'error:network', 'confirmed:r2']);
  });

  it('uses a new key for each new hold attempt after a definite refusal', async () => {
    const { api, flow } = setup();
    flow.open();
    api.failHold.push(Object.assign(new Error('x'), { kind: 'problem', status: 400 }));
    await flow.hold(request);
    expect(flow.step).to.equal('store');
    await flow.retryHold();
    expect(api.holdKeys).to.deep.equal(['key-1', 'key-2']);
  });

  it('retries a hold whose outcome is unknown (timeout, network, unreadable answer, 5xx) with the same key', async () => {
    const unknown = [
      { kind: 'timeout' },
      { kind: 'network' },
      { kind: 'invalid-response' },
      { kind: 'http', status: 504 }, // a gateway gave up; the origin may have held the stock
      { kind: 'problem', status: 503 },
    ];
    for (const fields of unknown) {
      const kind = JSON.stringify(fields);
      const { api, flow } = setup();
      flow.open();
      api.failHold.push(Object.assign(new Error('x'), fields));
      await flow.hold(request);
      expect(flow.step).to.equal('store');
      await flow.hold(request);
      expect(flow.step, kind).to.equal('contact');
      expect(api.holdKeys, kind).to.deep.equal(['key-1', 'key-1']);
      // Another quantity is another request: a new key (the unsettled one is replayed to be
      // given back, see below).
      flow.chooseAgain();
      api.failHold.push(Object.assign(new Error('x'), fields));
      await flow.hold({ ...request, quantity: 2 });
      await flow.hold({ ...request, quantity: 3 });
      expect(api.holdKeys.slice(2), kind).to.deep.equal(['key-2', 'key-2', 'key-3']);
    }
  });

  it('gives back a hold whose answer was lost when the shopper closes the dialog', async () => {
    const { api, flow } = setup();
    flow.open();
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'timeout' }));
    await flow.hold(request);
    expect(flow.step).to.equal('store');
    expect(api.holds.size, 'the server did hold').to.equal(1);
    flow.close();
    await until(() => api.released.length === 1);
    expect(api.holdKeys, 'replayed with its key to learn its id').to.deep.equal(['key-1', 'key-1']);
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
    expect(api.holds.size, 'replayed, not held again').to.equal(1);
  });

  it('gives back a hold whose answer was lost after the shopper closed the dialog', async () => {
    const { api, flow } = setup();
    flow.open();
    api.gated = true;
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'timeout' }));
    const holding = flow.hold(request);
    flow.close();
    api.open();
    await holding;
    expect(flow.step).to.equal('idle');
    await until(() => api.released.length === 1);
    expect(api.holdKeys, 'replayed with its key to learn its id').to.deep.equal(['key-1', 'key-1']);
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
  });

  it('gives back a lost hold before holding more at the same store (no false "stock gone")', async () => {
    const { api, flow, events } = setup();
    api.stock = 2;
    flow.open();
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'network' }));
    await flow.hold(request);
    // The server holds 1 of the 2 units; the shopper now asks for both.
    await flow.hold({ ...request, quantity: 2 });
    expect(events).to.deep.equal(['error:network', 'held:h2']);
    expect(flow.step).to.equal('contact');
    expect(flow.state.hold?.quantity).to.equal(2);
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
  });

  it('waits for every give-back at a store, not only the latest one', async () => {
    const { api, flow } = setup();
    api.stock = 1;
    const atA = request;
    const atB = { ...request, storeId: 's2' };
    flow.open();
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'timeout' }));
    await flow.hold(atA); // the server holds A's only unit; the answer is lost
    api.gated = true;
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'timeout' }));
    const atBHeld = flow.hold(atB); // gives A back (waiting), holds at B (waiting)
    api.openOne(1); // B's answer is lost too
    await atBHeld;
    expect(flow.step).to.equal('store');
    const backAtA = flow.hold(atA); // gives B back; must wait for A's give-back
    api.open();
    await backAtA;
    expect(flow.step, flow.state.error?.reason).to.equal('contact');
    expect(flow.state.hold?.storeId).to.equal('s1');
    await until(() => api.released.length === 2);
  });

  it('sends no hold when the shopper leaves while a give-back at that store runs', async () => {
    const { api, flow } = setup();
    flow.open();
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'timeout' }));
    await flow.hold(request);
    api.gated = true;
    const more = flow.hold({ ...request, quantity: 2 }); // waits for the give-back of the first
    flow.close();
    api.open();
    await more;
    await until(() => api.released.length === 1);
    expect(api.holdKeys, 'only the replay that learns the lost hold').to.deep.equal([
      'key-1',
      'key-1',
    ]);
    expect(flow.step).to.equal('idle');
  });

  it('gives back a hold whose answer was lost when the shopper holds something else', async () => {
    const { api, flow } = setup();
    flow.open();
    api.loseHold.push(Object.assign(new Error('x'), { kind: 'network' }));
    await flow.hold(request);
    await flow.hold({ ...request, storeId: 's2' });
    await until(() => api.released.length === 1);
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
    expect(flow.state.hold?.storeId).to.equal('s2');
    expect(flow.step).to.equal('contact');
  });

  it('goes back to the store step with alternatives on 409', async () => {
    const { api, flow } = setup();
    flow.open();
    const alt = { sku: 'AISLE-0001', storeId: 's2', status: 'in_stock', updatedAt: '' } as const;
    api.failHold.push(
      Object.assign(new Error('gone'), {
        kind: 'problem',
        status: 409,
        problem: { code: 'stock_unavailable', alternatives: [alt] },
      }),
    );
    await flow.hold(request);
    expect(flow.step).to.equal('store');
    expect(flow.state.error?.reason).to.equal('stock_unavailable');
    expect(flow.state.error?.alternatives?.[0]?.storeId).to.equal('s2');
  });

  it('expires on 410 at confirm, then holds again with a new key', async () => {
    const { api, flow } = setup();
    flow.open();
    await flow.hold(request);
    api.failConfirm.push(Object.assign(new Error('gone'), { status: 410, code: 'hold_expired' }));
    await flow.confirm(confirmRequest);
    expect(flow.step).to.equal('expired');
    expect(flow.state.error?.reason).to.equal('hold_expired');
    await flow.retryHold();
    expect(flow.step).to.equal('contact');
    expect(api.holdKeys).to.have.length(2);
    expect(new Set(api.holdKeys).size).to.equal(2);
  });

  it('expires when the clock runs out, and fires once', async () => {
    const { flow, events } = setup();
    flow.open();
    await flow.hold(request);
    flow.expire();
    flow.expire();
    expect(flow.step).to.equal('expired');
    // Told once the release has answered.
    await until(() => events.some((e) => e.startsWith('expired')));
    await new Promise((r) => setTimeout(r, 10));
    expect(events.filter((e) => e.startsWith('expired'))).to.have.length(1);
  });

  it('a confirm that fails after the clock ran out expires the hold then (released, told once)', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    api.gated = true;
    api.failConfirm.push({ kind: 'http', status: 503 });
    const confirming = flow.confirm(confirmRequest);
    flow.expire(); // the clock ends mid-confirm: its answer decides
    expect(flow.step).to.equal('confirming');
    api.open();
    await confirming;
    expect(flow.step).to.equal('expired');
    await until(() => events.some((e) => e.startsWith('expired')));
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
    expect(events.filter((e) => e.startsWith('expired'))).to.have.length(1);
  });

  it('a hold that a lost confirm answer made a reservation is shown confirmed, never told expired', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    api.gated = true;
    api.failConfirm.push({ kind: 'network' }); // committed, the answer lost
    api.refuseRelease = { kind: 'http', status: 409, code: 'hold_already_confirmed' };
    const confirming = flow.confirm(confirmRequest);
    flow.expire();
    api.open();
    await confirming;
    await until(() => flow.step === 'confirmed');
    await new Promise((r) => setTimeout(r, 10));
    expect(events.filter((e) => e.startsWith('expired'))).to.deep.equal([]);
    expect(events.filter((e) => e.startsWith('confirmed'))).to.have.length(1);
  });

  it('a hold the API says a confirm made a reservation, which it cannot give back, is never said released', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    // The answer lost, and each replay of it unreadable.
    api.failConfirm.push(
      { kind: 'network' },
      { kind: 'invalid-response' },
      { kind: 'invalid-response' },
    );
    await flow.confirm(confirmRequest);
    api.refuseRelease = { kind: 'http', status: 409, code: 'hold_already_confirmed' };
    flow.expire();
    expect(flow.state.checking, 'checking first').to.equal(true);
    await until(() => !flow.state.checking);
    // Before: "expired and the item was released", and "Hold it again" made a second one.
    expect(flow.step).to.equal('expired');
    expect(flow.state.error?.reason, 'could not check').to.equal('failed');
    expect(events.filter((e) => e.startsWith('confirmed'))).to.deep.equal([]);
    const holds = api.holdKeys.length;
    await flow.retryHold();
    expect(api.holdKeys.length, 'no new hold while it may be a reservation').to.equal(holds);
    expect(flow.state.error?.reason).to.equal('failed');
  });

  it('releases the hold on close, and a hold landing after close', async () => {
    const { api, flow } = setup();
    flow.open();
    await flow.hold(request);
    flow.close();
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1']);
    expect(flow.step).to.equal('idle');

    flow.open();
    api.gated = true;
    const late = flow.hold(request);
    flow.close();
    api.open();
    await late;
    expect(api.released.map((r) => r.id)).to.deep.equal(['h1', 'h2']);
    expect(flow.step).to.equal('idle');
  });

  it('lets a confirm in flight land when the dialog closes', async () => {
    const { api, flow } = setup();
    flow.open();
    await flow.hold(request);
    api.gated = true;
    const pending = flow.confirm(confirmRequest);
    flow.close();
    api.open();
    await pending;
    expect(api.released).to.have.length(0);
    expect(flow.step).to.equal('confirmed');
  });

  it('releases with keepalive when the page goes away', async () => {
    const { api, flow } = setup();
    flow.open();
    await flow.hold(request);
    flow.releaseOnPageHide();
    expect(api.released).to.deep.equal([{ id: 'h1', keepalive: true }]);
  });

  it('cancels a confirmed reservation', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    await flow.confirm(confirmRequest);
    await flow.cancel();
    expect(api.cancelled).to.deep.equal(['r2']);
    expect(flow.step).to.equal('cancelled');
    expect(events.at(-1)).to.equal('cancelled:r2');
  });

  it('reads a reservation again when its cancel is refused (409), and shows what it is now', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    await flow.confirm(confirmRequest);
    api.failCancel = { status: 409, kind: 'http', code: 'reservation_not_cancellable' };
    api.readAs = { status: 'collected' };
    await flow.cancel();
    expect(flow.step).to.equal('confirmed');
    expect(flow.state.reservation!.status).to.equal('collected');
    expect(flow.state.error!.reason).to.equal('not_cancellable');
    expect(events.at(-1)).to.equal('error:not_cancellable');
    // Cancelled meanwhile (another tab): the cancelled step, with no second cancel event.
    const again = setup();
    again.flow.open();
    await again.flow.hold(request);
    await again.flow.confirm(confirmRequest);
    again.api.failCancel = api.failCancel;
    again.api.readAs = { status: 'cancelled' };
    await again.flow.cancel();
    expect(again.flow.step).to.equal('cancelled');
    expect(again.events.filter((e) => e.startsWith('cancelled:'))).to.deep.equal([]);
    // Another failure (a 500) keeps the reservation as it was, unread.
    const other = setup();
    other.flow.open();
    await other.flow.hold(request);
    await other.flow.confirm(confirmRequest);
    other.api.failCancel = { status: 500, kind: 'http' };
    other.api.readAs = { status: 'collected' };
    await other.flow.cancel();
    expect(other.flow.state.reservation!.status).to.equal('confirmed');
    expect(other.flow.state.error!.reason).to.equal('failed');
  });

  it('never believes a confirm answer for another product, store or quantity, or not confirmed', async () => {
    const lies = [
      { sku: 'AISLE-0002' },
      { storeId: 's2' },
      { quantity: 3 },
      { status: 'cancelled' as const },
    ];
    for (const lie of lies) {
      const { api, flow, events } = setup();
      flow.open();
      await flow.hold(request);
      api.confirmAs = lie;
      await flow.confirm(confirmRequest);
      expect(flow.step, JSON.stringify(lie)).to.equal('contact');
      expect(flow.state.reservation).to.equal(undefined);
      expect(events.filter((e) => e.startsWith('confirmed:'))).to.deep.equal([]);
      // "Try again" replays the same key: still not believed, never a second reservation.
      await flow.confirm(confirmRequest);
      expect(new Set(api.confirmKeys).size).to.equal(1);
      // The API answers truly again: the one reservation shows.
      api.confirmAs = undefined;
      await flow.confirm(confirmRequest);
      expect(flow.step).to.equal('confirmed');
      expect(api.reservations.size).to.equal(1);
    }
    // The same product spelt otherwise is believed, and kept under the hold's spelling.
    const { api, flow } = setup();
    flow.open();
    await flow.hold(request);
    api.confirmAs = { sku: 'aisle-0001' };
    await flow.confirm(confirmRequest);
    expect(flow.step).to.equal('confirmed');
    expect(flow.state.reservation!.sku).to.equal('AISLE-0001');
  });

  it('never believes a cancel answer that does not say this reservation is cancelled', async () => {
    const { api, flow, events } = setup();
    flow.open();
    await flow.hold(request);
    await flow.confirm(confirmRequest);
    api.cancelAs = { status: 'confirmed' };
    await flow.cancel();
    expect(flow.step).to.equal('confirmed');
    expect(flow.state.error!.reason).to.equal('failed');
    expect(events.filter((e) => e.startsWith('cancelled:'))).to.deep.equal([]);
    api.cancelAs = { id: 'r-other' };
    await flow.cancel();
    expect(flow.step).to.equal('confirmed');
    api.cancelAs = undefined;
    await flow.cancel();
    expect(flow.step).to.equal('cancelled');
  });

  it('classifies errors', () => {
    expect(classifyError('hold', new TypeError('Failed to fetch')).reason).to.equal('network');
    expect(classifyError('confirm', { kind: 'timeout' }).reason).to.equal('network');
    expect(classifyError('confirm', { kind: 'timeout' }).code).to.equal('timeout');
    // A lazily loaded part that could not load: a network failure that keeps its own code.
    const notLoaded = { kind: 'network', code: 'load_failed' };
    expect(classifyError('hold', notLoaded)).to.include({ reason: 'network', code: 'load_failed' });
    expect(classifyError('confirm', { status: 500, kind: 'http' }).reason).to.equal('failed');
    expect(classifyError('confirm', { status: 410 }).reason).to.equal('hold_expired');
  });
});
