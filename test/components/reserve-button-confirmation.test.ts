import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { useHandlers } from '../helpers/mock-api.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { reserveMessages } from '../../src/i18n/messages/reserve.js';
import {
  confirmed,
  description,
  holdAndFill,
  mount,
  nextTask,
  part,
  resetReserveState,
  store,
  submit,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);
afterEach(async () => {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

/** How many lines a cell's text takes (distinct tops of its line boxes). */
function linesOf(cell: Element): number {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

/** The text of an element's first drawn line (its text is one text node, as a range's is). */
function firstLine(el: Element): string {
  const node = [...el.childNodes].find(
    (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
  )!;
  const text = node.textContent!;
  const range = document.createRange();
  const top = (i: number) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return Math.round(range.getBoundingClientRect().top);
  };
  let end = 1;
  while (end < text.length && top(end) === top(0)) end++;
  return text.slice(0, end).trim();
}

describe('<aisle-reserve-button> confirmation: the hours table', () => {
  it('capitalises only the first letter of each day: "Samedi 5 décembre", not "Décembre"', async () => {
    const el = await confirmed('fr');
    const days = [...part(el, 'hours')!.querySelectorAll('th')];
    expect(days.length).to.be.greaterThan(0);
    for (const th of days) {
      // innerText is what is drawn (text-transform applied), as a reader would copy it.
      const words = th.innerText.trim().split(/\s+/);
      expect(words.slice(1).join(' '), th.innerText).to.match(/^\d+(?:er)? [a-zéû]+$/);
      expect(getComputedStyle(th, '::first-letter').textTransform).to.equal('uppercase');
    }
  });

  it('keeps "9 h 00 – 20 h 00" on one line on a 320 px phone, and stays inside the dialog', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await confirmed('fr');
    el.style.fontFamily = '"Liberation Sans", Arial, sans-serif'; // a shop's sans-serif, as wide as most
    el.style.fontSize = '16px';
    const table = part(el, 'hours')!;
    const cells = [...table.querySelectorAll('td')];
    const oneRange = cells.filter(
      (td) => /\d.*–.*\d/.test(td.textContent!) && !/[,(]/.test(td.textContent!),
    );
    expect(oneRange.length, 'days with one range of hours').to.be.greaterThan(0);
    for (const td of oneRange) expect(linesOf(td), td.textContent!.trim()).to.equal(1);
    const body = table.parentElement!;
    expect(table.getBoundingClientRect().right).to.be.at.most(body.getBoundingClientRect().right);
    expect(table.getBoundingClientRect().width).to.be.closeTo(
      body.getBoundingClientRect().width - parseFloat(getComputedStyle(body).paddingLeft) * 2,
      1,
    );
  });

  for (const [lang, said] of [
    ['en', 'Hours not available'],
    ['fr', 'Horaires non communiqués'],
  ] as const) {
    it(`says "${said}" once, not on each day, for a store that publishes no hours (${lang})`, async () => {
      const noHours = { ...store, hours: { weekly: [], exceptions: [] } };
      useHandlers(http.get('*/aisle-api/v1/stores/:storeId', () => HttpResponse.json(noHours)));
      const el = await confirmed(lang);
      const rows = [...part(el, 'hours')!.querySelectorAll('tr')];
      expect(rows.map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([said]);
      await expect(el).to.be.accessible();
    });
  }

  for (const size of [20, 24]) {
    it(`stays inside the dialog on a 320 px phone with ${size} px text (a range may then break after its dash)`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await confirmed('fr');
      el.style.fontFamily = '"Liberation Sans", Arial, sans-serif';
      // The shopper's default font size: the page's root, rem and em alike.
      document.documentElement.style.fontSize = `${size}px`;
      await el.updateComplete;
      const table = part(el, 'hours')!;
      const body = table.closest('.body')!;
      const inner =
        body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight);
      for (const cell of table.querySelectorAll('th, td, .range')) {
        const right = Math.max(...[...cell.getClientRects()].map((r) => r.right));
        expect(right, cell.textContent!.trim()).to.be.at.most(inner + 0.5);
      }
      // Broken, if at all, after the dash: "9 h 00 –" then "20 h 00", never inside a time.
      for (const range of table.querySelectorAll('.range')) {
        const text = range.textContent!.trim();
        if (linesOf(range) > 1) expect(firstLine(range), text).to.match(/\d\u00a0–$/);
        expect(linesOf(range), text).to.be.at.most(2);
      }
      const dialog = table.closest('dialog')!;
      expect(dialog.scrollWidth, 'no sideways scroll').to.be.at.most(dialog.clientWidth);
    });
  }
});

describe('<aisle-reserve-button> confirmation: what a screen reader is given', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`moves the focus to the step's heading, described by the status, store, code and pickup times (${lang})`, async () => {
      const el = await mount(lang);
      await holdAndFill(el);
      // Read as the confirmation's heading takes the focus (the store step read the store: its
      // name is known).
      let said = '';
      el.shadowRoot!.addEventListener('focusin', (e) => {
        const heading = e.target as Element;
        if (heading === part(el, 'step')) said = description(el, heading);
      });
      part(el, 'confirm')!.focus(); // as the shopper pressing it
      submit(el);
      await until(() => said, 'the focus on the described heading');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'step'));
      expect(part(el, 'step')!.textContent).to.equal(reserveMessages[lang].reserveStepDone);
      const m = reserveMessages[lang];
      expect(said).to.include(m.reserveConfirmed);
      expect(said).to.include(store.name);
      expect(said).to.include(`${m.reserveCode} ${part(el, 'code')!.textContent!.trim()}`);
      const ready = part(el, 'ready-at')!.textContent!.replace(/\s+/g, ' ').trim();
      const by = part(el, 'pickup-by')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(said).to.include(ready).and.include(by);
    });
  }
});

describe('<aisle-reserve-button> confirmation: cancelling', () => {
  it('a double click (or double tap) on "Cancel reservation" only asks: the reservation is kept', async () => {
    // On a phone the question and the other buttons move, and "Yes, cancel it" is under the finger.
    await setViewport({ width: 375, height: 700 });
    const el = await confirmed('en');
    const click = (detail: number) =>
      part(el, 'cancel')!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, detail }),
      );
    click(1);
    await el.updateComplete;
    click(2); // the second click of the double click, on "Yes, cancel it"
    for (let i = 0; i < 5; i++) await nextTask();
    expect(el.step).to.equal('confirmed');
    expect(part(el, 'cancel-question'), 'still asking').not.to.equal(null);
    expect(mockApi.stats().reservationsCancelled).to.equal(0);
    click(1); // a click of its own: the shopper means it
    await until(() => el.step === 'cancelled', 'the cancellation');
  });

  it('the second click of a double click that lands on "Keep my reservation" keeps the question', async () => {
    // The question scrolled into view can put "Keep my reservation" under the finger instead.
    const el = await confirmed('en');
    part(el, 'cancel')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }),
    );
    await el.updateComplete;
    const keep = part(el, 'keep')!;
    keep.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    for (let i = 0; i < 5; i++) await nextTask();
    expect(part(el, 'cancel-question'), 'still asking').not.to.equal(null);
    keep.click(); // a click of its own: the question is taken back
    await until(() => !part(el, 'cancel-question'), 'the question taken back');
    expect(el.step).to.equal('confirmed');
  });

  it('Enter held down on "Cancel reservation" only asks: its repeats do not cancel', async () => {
    const el = await confirmed('en');
    part(el, 'cancel')!.focus();
    await sendKeys({ down: 'Enter' });
    await until(() => part(el, 'cancel-question'), 'the question');
    await sendKeys({ down: 'Enter' }); // the key's auto-repeat
    await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    for (let i = 0; i < 5; i++) await nextTask();
    expect(el.step).to.equal('confirmed');
    expect(mockApi.stats().reservationsCancelled).to.equal(0);
    await sendKeys({ press: 'Enter' }); // pressed again: the shopper means it
    await until(() => el.step === 'cancelled', 'the cancellation');
  });
});
