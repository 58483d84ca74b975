/**
 * A page left open past a reservation's pickup time: the button stops saying "View your
 * reservation", and the next click reads the reservation again instead of showing it as current.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../../src/i18n/messages/en.js';
import { requests } from '../helpers/mock-api.js';
import {
  mount,
  openDialog,
  part,
  reserveElsewhere,
  resetReserveState,
  SKU,
  until,
} from './reserve-button-helpers.js';

const KEY = `aisle:reservation:/aisle-api/v1 ${SKU}`;

describe('<aisle-reserve-button> after the pickup time', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(resetReserveState);
  afterEach(() => clock?.restore());

  it('offers to reserve again once the pickup time is over, then reads the reservation again', async () => {
    const reservation = await reserveElsewhere();
    sessionStorage.setItem(KEY, JSON.stringify({ id: reservation.id, code: reservation.code }));
    // Time runs as usual (the client's timers too) and can be moved on.
    clock = sinon.useFakeTimers({
      now: Date.now(),
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    const el = await mount();
    const label = () => part(el, 'button')!.textContent!.trim();
    await until(() => label() === en.reserveView, '"View your reservation"');
    expect(el.getAttribute('step')).to.equal('confirmed');

    clock.tick(Date.parse(reservation.pickupBy) - Date.now() - 60_000);
    await el.updateComplete;
    expect(label(), 'a minute before the pickup time').to.equal(en.reserveView);

    clock.tick(61_000);
    await el.updateComplete;
    expect(label(), 'past the pickup time').to.equal(en.reserveButton);
    expect(el.getAttribute('step')).to.equal('idle');

    // The click reads it again: over for the API too, so a new reservation can start.
    const reads = () => requests.filter((r) => r.url.includes(`/reservations/${reservation.id}`));
    const before = reads().length;
    await openDialog(el);
    await until(() => part(el, 'hold'), 'the store step');
    expect(reads().length, 'read again').to.be.greaterThan(before);
    expect(part(el, 'code'), 'no confirmation shown').to.equal(null);
    expect(sessionStorage.getItem(KEY), 'no longer kept').to.equal(null);
  });
});
