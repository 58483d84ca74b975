/**
 * "More time" on a hold (WCAG 2.2.1 Timing Adjustable): the shopper filling in the contact form
 * can have the store's hold minutes again, as many times as the API allows, warned before the
 * end; an API that cannot give more time says so once, and nothing is held or reserved twice.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { reserveMessages as messages } from '../../src/i18n/messages/reserve.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { MAX_EXTENSIONS } from '../../src/mocks/api/write-routes.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  fakeClock,
  mount,
  openToHold,
  part,
  posts,
  resetReserveState,
  store,
  submit,
  text,
  type,
  until,
} from './reserve-button-helpers.js';

const MINUTES = store.pickup.holdMinutes;

const countdown = (el: AisleReserveButton) =>
  part(el, 'countdown')!.textContent!.replace(/\s+/g, ' ');
const extends_ = () => posts(/\/extend$/);
const status = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!;

async function holdToForm(lang = 'en') {
  const el = await mount(lang);
  (await openToHold(el)).click();
  await until(() => part(el, 'more-time'), '"More time" on the contact step');
  return el;
}

describe('<aisle-reserve-button> more time on a hold', () => {
  beforeEach(resetReserveState);

  it('gives the store’s minutes again, keeps what was typed, and says so', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    const clock = fakeClock(); // the countdown's timers are made on this clock
    try {
      hold.click();
      await until(() => part(el, 'more-time'), '"More time" on the contact step');
      clock.tick((MINUTES - 2) * 60_000); // two minutes left
      await el.updateComplete;
      expect(countdown(el)).to.match(/\b[12]:\d\d left/);
      type(el, 'name', 'Ada Lovelace');
      const more = part<HTMLButtonElement>(el, 'more-time')!;
      more.focus();
      more.click();
      await until(() => countdown(el).includes(`${MINUTES}:00`), 'the countdown back up');
    } finally {
      clock.restore();
    }
    expect(mockApi.stats().holdsExtended).to.equal(1);
    expect(mockApi.stats().holdsCreated, 'the same hold, not a new one').to.equal(1);
    expect(extends_()[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Ada Lovelace');
    await until(() => status(el).includes('More time given'), 'the announcement');
    expect(status(el)).to.include(`${MINUTES} minutes left to confirm`);
    const more = part<HTMLButtonElement>(el, 'more-time')!;
    expect(el.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(more);
    expect(el.step).to.equal('contact');
  });

  it('says a second extension too: the live region is emptied, then given the sentence again', async () => {
    const el = await holdToForm();
    const region = el.shadowRoot!.querySelector('dialog [role="status"][aria-live]')!;
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => status(el).includes('More time given'), 'the first announcement');
    // What a screen reader is given: each text the region takes on (the same text again is not
    // a change, and is not said).
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(region.textContent!.trim()));
    watch.observe(region, { childList: true, subtree: true, characterData: true });
    try {
      part<HTMLButtonElement>(el, 'more-time')!.click();
      await until(() => mockApi.stats().holdsExtended === 2, 'the second extension');
      await until(() => said.at(-1)?.includes('More time given'), 'the second announcement');
    } finally {
      watch.disconnect();
    }
    expect(said[0], 'emptied first').to.equal('');
    expect(said.at(-1)).to.include(`${MINUTES} minutes left to confirm`);
  });

  it('asks once for a double press', async () => {
    const el = await holdToForm();
    const release = holdAnswers('post', '/holds/:holdId/extend', 1);
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await el.updateComplete;
    expect(part(el, 'more-time')!.getAttribute('aria-disabled')).to.equal('true');
    part<HTMLButtonElement>(el, 'more-time')!.click();
    release();
    await until(() => mockApi.stats().holdsExtended === 1, 'the extension');
    // Ready again once the answer has landed (on a loaded machine, later than the mock's count).
    await until(
      () => part(el, 'more-time')?.getAttribute('aria-disabled') === 'false',
      'the button ready again',
    );
    expect(extends_()).to.have.length(1);
  });

  it('says once that an API without the route cannot give more time, and the hold runs on', async () => {
    useHandlers(
      http.post('*/aisle-api/v1/holds/:holdId/extend', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'No such resource', status: 404, code: 'not_found' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await holdToForm();
    const error = oneEvent(el, 'aisle-error');
    part<HTMLButtonElement>(el, 'more-time')!.focus();
    part<HTMLButtonElement>(el, 'more-time')!.click();
    expect((await error).detail.code).to.equal('not_found');
    await until(() => part(el, 'error'), 'the notice');
    expect(part(el, 'error')!.textContent).to.include('The store cannot give more time');
    expect(part(el, 'more-time'), 'not offered again').to.equal(null);
    await until(
      () => el.shadowRoot!.activeElement === part(el, 'step'),
      'the focus on the step heading',
    );
    expect(el.step).to.equal('contact');
    expect(mockApi.stats().holdsReleased).to.equal(0);
    expect(countdown(el)).to.include('left to confirm');
  });

  it('lets the hold expire when the API says it is already gone', async () => {
    const el = await holdToForm();
    useHandlers(
      http.post('*/aisle-api/v1/holds/:holdId/extend', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Expired', status: 410, code: 'hold_expired' },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const expired = oneEvent(el, 'aisle-hold-expired');
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await expired;
    await until(() => el.step === 'expired', 'the expired step');
    expect(part(el, 'hold-again')).to.exist;
  });

  it('says when the network failed, and a second press gets the time', async () => {
    let offline = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds/:holdId/extend', () =>
        offline ? HttpResponse.error() : undefined,
      ),
    );
    const el = await holdToForm();
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => part(el, 'error'), 'the notice');
    expect(part(el, 'error')!.textContent).to.include('More time could not be given');
    expect(el.step).to.equal('contact');
    offline = false;
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => mockApi.stats().holdsExtended === 1, 'the extension');
    await until(() => !part(el, 'error'), 'the notice gone');
  });

  it('confirms after an extension on its way, once', async () => {
    const el = await holdToForm();
    await holdAndFillOpen(el);
    const release = holdAnswers('post', '/holds/:holdId/extend', 1);
    part<HTMLButtonElement>(el, 'more-time')!.click();
    submit(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(posts(/\/confirm$/), 'the confirm waits for the extension').to.have.length(0);
    release();
    await until(() => part(el, 'code'), 'the confirmation');
    expect(mockApi.stats().holdsExtended).to.equal(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(posts(/\/confirm$/)).to.have.length(1);
  });

  it(`gives more time ${MAX_EXTENSIONS} times on the mock, then says the store cannot`, async () => {
    const el = await holdToForm();
    for (let i = 1; i <= MAX_EXTENSIONS; i++) {
      part<HTMLButtonElement>(el, 'more-time')!.click();
      await until(() => mockApi.stats().holdsExtended === i, `extension ${i}`);
      await until(() => part(el, 'more-time')?.getAttribute('aria-disabled') === 'false', 'idle');
    }
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => part(el, 'error'), 'the refusal');
    expect(part(el, 'error')!.textContent).to.include('The store cannot give more time');
    expect(part(el, 'more-time')).to.equal(null);
  });

  it('is in French, and the warning at two minutes says how to get more time', async () => {
    const el = await holdToForm('fr');
    expect(part(el, 'more-time')!.textContent!.trim()).to.equal('Plus de temps');
    expect(text(el)).not.to.include('More time');
    for (const lang of ['en', 'fr'] as const) {
      const { reserveTimeLeft } = messages[lang];
      expect(reserveTimeLeft(300, true), `${lang} at 5 minutes`).not.to.match(/More time|Plus de/);
      expect(reserveTimeLeft(120, true), `${lang} at 2 minutes`).to.match(
        /More time|Plus de temps/,
      );
      expect(reserveTimeLeft(30, true)).to.match(/More time|Plus de temps/);
      expect(reserveTimeLeft(30, false), 'not offered: not said').not.to.match(/More time|Plus de/);
    }
    expect(requests.some((r) => r.headers.get('Accept-Language')?.startsWith('fr'))).to.equal(true);
  });
});

/** Fills the contact form of a dialog already on the contact step. */
async function holdAndFillOpen(el: AisleReserveButton): Promise<void> {
  type(el, 'name', 'Ada Lovelace');
  type(el, 'email', 'ada@example.com');
  el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
}

describe('<aisle-reserve-button> the time left, as the live region keeps it', () => {
  beforeEach(resetReserveState);

  for (const [lang, said] of [
    ['en', /^Less than 2 minutes left to confirm your reservation\. Need more time\?/],
    ['fr', /^Il reste moins de 2 minutes pour confirmer votre réservation\. Besoin de plus/],
  ] as const) {
    it(`stays true a minute after it was said (${lang})`, async () => {
      const el = await mount(lang);
      const hold = await openToHold(el);
      const clock = fakeClock();
      try {
        hold.click();
        await until(() => part(el, 'more-time'), '"More time" on the contact step');
        clock.tick((MINUTES - 2) * 60_000 + 1000); // 1:59 left: the 2-minute warning
        await until(() => said.test(status(el).trim()), 'the warning');
        clock.tick(57_000); // 1:02 left, and nothing new said
        await el.updateComplete;
        expect(countdown(el)).to.match(/\b1(:| min )0\d/); // 1:02 left
        expect(status(el).trim()).to.match(said);
      } finally {
        clock.restore();
      }
    });
  }
});
