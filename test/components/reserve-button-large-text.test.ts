/**
 * The reserve dialog with large text (the shopper's default font size doubled: 200% text, WCAG
 * 1.4.4), wider text spacing (WCAG 1.4.12) and 400% zoom (320 x 256, WCAG 1.4.10): nothing runs
 * out of the dialog, words stay whole, and what the keyboard reaches is in view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import {
  confirmed,
  SKU,
  dialogOf,
  nextTask,
  openToHold,
  part,
  resetReserveState,
  store,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);
afterEach(async () => {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

/** A shop's sans-serif, as wide as most (the test machine's default is wider than any phone's). */
const FONT = '"Liberation Sans", Arial, sans-serif';

/** WCAG 1.4.12's text spacing, as a shopper's style sheet would set it, into the shadow root. */
function spaceText(el: AisleReserveButton): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** The right edge of a box's inside (its padding left out). */
function innerRight(box: Element): number {
  return box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
}

describe('<aisle-reserve-button> with 200% text: the title', () => {
  it('breaks only between words, beside the close button or under it (fr, 390 px phone)', async () => {
    await setViewport({ width: 390, height: 844 });
    document.documentElement.style.fontSize = '32px';
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        lang="fr"
        sku=${SKU}
        store=${store.id}
        product-name="Chaussure de randonnée Trek"
      ></aisle-reserve-button>`,
    );
    el.style.fontFamily = FONT;
    await openToHold(el);
    const title = part(el, 'title')!;
    const words = [...title.textContent!.matchAll(/\S+/g)];
    expect(words.map((w) => w[0])).to.include('randonnée');
    const range = document.createRange();
    const node = [...title.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
    )!;
    const at = title.textContent!.indexOf(node.textContent!);
    for (const word of words) {
      range.setStart(node, word.index! - at);
      range.setEnd(node, word.index! - at + word[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `"${word[0]}" on one line`).to.equal(1);
    }
    const close = part(el, 'close')!.getBoundingClientRect();
    const t = title.getBoundingClientRect();
    const apart = close.left >= t.right || close.bottom <= t.top || close.top >= t.bottom;
    expect(apart, 'the close button clear of the title').to.equal(true);
    const header = title.closest('header')!;
    expect(t.right).to.be.at.most(innerRight(header) + 0.5);
    expect(close.right).to.be.at.most(innerRight(header) + 0.5);
    const noSideways = () =>
      expect(dialogOf(el)!.scrollWidth, 'no sideways scroll').to.be.at.most(
        dialogOf(el)!.clientWidth,
      );
    noSideways();
    // A word wider than the dialog breaks inside, and stays inside it.
    el.productName = 'Wanderschuhsohlenreinigungsbürste';
    await el.updateComplete;
    expect(title.getBoundingClientRect().right).to.be.at.most(innerRight(header) + 0.5);
    expect(title.scrollWidth, 'nothing cut off').to.be.at.most(title.clientWidth);
    noSideways();
  });
});

describe('<aisle-reserve-button> with large text: the confirmation', () => {
  for (const [width, size, spacing] of [
    [390, 32, false],
    [320, 32, false],
    [320, 16, true],
  ] as const) {
    for (const lang of ['en', 'fr']) {
      it(`keeps the hours and the QR code inside the dialog: ${width} px, ${size} px text${spacing ? ', WCAG text spacing' : ''} (${lang})`, async () => {
        await setViewport({ width, height: 844 });
        document.documentElement.style.fontSize = `${size}px`;
        const el = await confirmed(lang);
        el.style.fontFamily = FONT;
        if (spacing) spaceText(el);
        await el.updateComplete;
        const table = part(el, 'hours')!;
        const inner = innerRight(table.closest('.body')!);
        for (const box of [part(el, 'qr')!, ...table.querySelectorAll('th, td, .range')]) {
          const right = Math.max(...[...box.getClientRects()].map((r) => r.right));
          expect(right, box.textContent!.trim() || 'the QR code').to.be.at.most(inner + 0.5);
        }
        const dialog = dialogOf(el)!;
        expect(dialog.scrollWidth, 'no sideways scroll').to.be.at.most(dialog.clientWidth);
      });
    }
  }
});

describe('<aisle-reserve-button> at 400% zoom (320 x 256): cancelling with the keyboard', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`shows the question and both answers, the focused one with its ring (${lang})`, async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await confirmed(lang);
      part(el, 'cancel')!.focus(); // as after Tab: scrolled into view
      await sendKeys({ press: 'Enter' });
      await until(() => part(el, 'keep'), 'the question');
      for (let i = 0; i < 3; i++) await nextTask();
      await new Promise((r) => requestAnimationFrame(r));
      const m = dialogMessages[lang];
      expect(part(el, 'cancel')!.textContent!.trim()).to.equal(m.reserveCancelYes);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel'));
      const dialog = dialogOf(el)!;
      const view = dialog.getBoundingClientRect();
      const top = view.top + dialog.clientTop;
      const bottom = top + dialog.clientHeight;
      const ring = 5; // a 3 px outline, 2 px off the button
      for (const name of ['cancel-question', 'cancel', 'keep']) {
        const box = part(el, name)!.getBoundingClientRect();
        const out = name === 'cancel' ? ring : 0;
        expect(box.top - out, `${name}'s top in view`).to.be.at.least(top - 0.5);
        expect(box.bottom + out, `${name}'s bottom in view`).to.be.at.most(bottom + 0.5);
      }
    });
  }
});
