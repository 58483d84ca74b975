/**
 * A confirm whose answer lands after the shopper closed the dialog, or after the host page removed
 * the button: a screen reader hears that the reservation was made (WCAG 4.1.3), once, and the
 * host page hears `aisle-reservation-confirmed` where it listens.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  mount,
  openDialog,
  part,
  resetReserveState,
  SKU,
  submit,
  until,
  label,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

/** The text of the polite live regions outside the dialog (the button's own). */
function buttonNews(el: AisleReserveButton): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')]
    .filter((region) => !region.closest('dialog'))
    .map((region) => region.textContent!.replace(/\s+/g, ' ').trim());
}

/** The dialog's live region text. */
function dialogNews(el: AisleReserveButton): string {
  const region = el.shadowRoot!.querySelector('dialog [aria-live]');
  return region?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
}

/** Holds, fills the form, presses "Confirm" with its answer held back, and waits for it to be sent. */
async function confirmHeldBack(el: AisleReserveButton): Promise<() => void> {
  await holdAndFill(el);
  const answer = holdAnswers('post', '/holds/:holdId/confirm', 1);
  submit(el);
  await until(() => el.step === 'confirming', 'the confirm to start');
  return answer;
}

describe('<aisle-reserve-button> when a confirm is answered after the dialog closed', () => {
  for (const [lang, view, said] of [
    ['en', 'View your reservation', /^Reservation confirmed\b.*View your reservation/],
    ['fr', 'Voir votre réservation', /^Réservation confirmée.*Voir votre réservation/],
  ] as const) {
    it(`says once, from the button, that the reservation was made (${lang})`, async () => {
      const el = await mount(lang);
      const answer = await confirmHeldBack(el);
      part<HTMLButtonElement>(el, 'close')!.click();
      await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog closed');
      expect(buttonNews(el).filter(Boolean), 'nothing said before the answer').to.deep.equal([]);
      answer();
      await until(() => el.step === 'confirmed', 'the answer');
      await el.updateComplete;
      expect(label(el)).to.equal(view);
      const news = buttonNews(el).filter(Boolean);
      expect(news, 'one sentence, in one live region').to.have.length(1);
      expect(news[0]).to.match(said);
      await expect(el).to.be.accessible();
      // Opened again: the confirmation shows, and the button's sentence is not left behind.
      await openDialog(el);
      await el.updateComplete;
      expect(buttonNews(el).filter(Boolean)).to.deep.equal([]);
    });
  }

  it('says nothing from the button when the dialog is still open', async () => {
    const el = await mount();
    const answer = await confirmHeldBack(el);
    expect(buttonNews(el), 'the button has its live region already').to.have.length(1);
    answer();
    await until(() => part(el, 'code'), 'the confirmation');
    await el.updateComplete;
    expect(buttonNews(el).filter(Boolean)).to.deep.equal([]);
    expect(dialogNews(el)).not.to.match(/Reservation confirmed/);
  });

  it('tells a page that removed the button, on its document, once; the next page shows it', async () => {
    const heard: { code: string; element: HTMLElement; target: EventTarget | null }[] = [];
    const listen = (e: Event) => {
      const { detail } = e as CustomEvent<{ reservation: { code: string }; element: HTMLElement }>;
      heard.push({ code: detail.reservation.code, element: detail.element, target: e.target });
    };
    document.addEventListener('aisle-reservation-confirmed', listen);
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await mount();
      box.append(el);
      const answer = await confirmHeldBack(el);
      el.remove(); // a single-page app leaves the product page mid-confirm
      await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog closed');
      answer();
      const kept = `aisle:reservation:/aisle-api/v1 ${SKU}`;
      await until(() => heard.length > 0, 'the page told', 5000);
      expect(mockApi.stats().reservationsConfirmed).to.equal(1);
      expect(heard).to.have.length(1);
      expect(heard[0]!.element).to.equal(el);
      expect(sessionStorage.getItem(kept)).to.include(heard[0]!.code);
      // Put back (a cached view): shown, and not told a second time.
      box.append(el);
      await until(() => label(el) === 'View your reservation', 'the button put back');
      // The next page (or view) with a button for that product shows the reservation.
      el.remove();
      resetClientsForTests();
      const next = await mount();
      await until(() => next.step === 'confirmed', 'the reservation shown on the next page');
      expect(label(next)).to.equal('View your reservation');
      await openDialog(next);
      await until(() => part(next, 'code'), 'its code');
      expect(part(next, 'code')!.textContent).to.equal(heard[0]!.code);
      expect(heard, 'told once').to.have.length(1);
    } finally {
      document.removeEventListener('aisle-reservation-confirmed', listen);
    }
  });

  it('says from the button that a confirm refused once the dialog closed made no reservation', async () => {
    const el = await mount();
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    await holdAndFill(el);
    const answer = refuseConfirmWhenTold();
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm to start');
    part<HTMLButtonElement>(el, 'close')!.click();
    answer();
    await until(() => el.step === 'idle', 'the refusal');
    await el.updateComplete;
    expect(label(el)).to.equal('Reserve in store');
    expect(buttonNews(el).filter(Boolean)).to.deep.equal([
      'Your reservation was not confirmed. Press “Reserve in store” to try again.',
    ]);
    expect(mockApi.stats().reservationsConfirmed).to.equal(0);
    expect(errors, 'the page hears what the shopper was told').to.deep.equal(['hold_expired']);
  });
});

describe('<aisle-reserve-button> removed before its confirm is refused', () => {
  it('tells the refusal on its document, as a reservation made would be, once', async () => {
    const heard: { code: string; element: HTMLElement }[] = [];
    const listen = (e: HTMLElementEventMap['aisle-error']) =>
      heard.push({ code: e.detail.code, element: e.detail.element });
    document.addEventListener('aisle-error', listen);
    try {
      const el = await mount();
      await holdAndFill(el);
      const answer = refuseConfirmWhenTold();
      submit(el);
      await until(() => el.step === 'confirming', 'the confirm to start');
      el.remove(); // a single-page app leaves the product page mid-confirm
      await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog closed');
      answer();
      await until(() => heard.length > 0, 'the page told');
      await new Promise((r) => setTimeout(r, 50));
      expect(heard).to.deep.equal([{ code: 'hold_expired', element: el }]);
      expect(mockApi.stats().reservationsConfirmed).to.equal(0);
    } finally {
      document.removeEventListener('aisle-error', listen);
    }
  });
});

/** The next confirm is refused as expired (410), once the returned function is called. */
function refuseConfirmWhenTold(): () => void {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  useHandlers(
    http.post('*/aisle-api/v1/holds/:holdId/confirm', async () => {
      await answered;
      const body = { title: 'Gone', status: 410, code: 'hold_expired' };
      const headers = { 'Content-Type': 'application/problem+json' };
      return HttpResponse.json(body, { status: 410, headers });
    }),
  );
  return answer;
}
