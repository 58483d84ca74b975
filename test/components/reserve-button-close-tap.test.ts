/**
 * A double tap on the dialog's ×: the first tap closes it, and the second, which comes down on
 * the page behind, is swallowed (a real mouse press on the ×, then the second tap as the browser
 * sends it: `detail` 2).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import {
  dialogOf,
  mount,
  openToHold,
  part,
  resetReserveState,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);
afterEach(() => resetMouse());

/** A link of the host page, and what reached it. */
async function pageLink() {
  const link = await fixture<HTMLAnchorElement>(html`<a href="#added">Add to cart</a>`);
  const heard: string[] = [];
  for (const type of ['mousedown', 'mouseup', 'click', 'dblclick'])
    link.addEventListener(type, (event) => {
      heard.push(type);
      event.preventDefault(); // the test page stays where it is
    });
  return { link, heard };
}

/** `type` on `target` as the second tap of a double tap, or as a tap of its own (`detail` 1). */
function tap(target: Element, type: string, detail: number): boolean {
  return target.dispatchEvent(
    new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, detail }),
  );
}

/** Opens the dialog and closes it with a real mouse press on its ×. */
async function closedByMouse(): Promise<AisleReserveButton> {
  const el = await mount();
  await openToHold(el);
  const box = part(el, 'close')!.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await until(() => !dialogOf(el)!.open, 'the dialog to close');
  return el;
}

describe('<aisle-reserve-button> a double tap on the dialog’s ×', () => {
  it('closes the dialog; the second tap reaches nothing on the page behind, and the focus stays on the button', async () => {
    const { link, heard } = await pageLink();
    const el = await closedByMouse();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
    expect(tap(link, 'mousedown', 2), 'no focus taken').to.equal(false);
    expect(tap(link, 'mouseup', 2)).to.equal(false);
    expect(tap(link, 'click', 2), 'no link followed').to.equal(false);
    expect(tap(link, 'dblclick', 2), 'no double click (a map behind would zoom)').to.equal(false);
    // Before: the page's link heard both, and a link or button there was followed or pressed.
    expect(heard).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('lets the next press through when it is a tap of its own', async () => {
    const { link, heard } = await pageLink();
    await closedByMouse();
    tap(link, 'mousedown', 1);
    tap(link, 'click', 1);
    // Once through, a later double click on the page is the page's own.
    tap(link, 'mousedown', 2);
    tap(link, 'click', 2);
    tap(link, 'dblclick', 2);
    expect(heard).to.deep.equal(['mousedown', 'click', 'mousedown', 'click', 'dblclick']);
  });

  it('changes nothing after a × pressed from the keyboard', async () => {
    const { link, heard } = await pageLink();
    const el = await mount();
    await openToHold(el);
    part(el, 'close')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    tap(link, 'mousedown', 2);
    tap(link, 'click', 2);
    expect(heard).to.deep.equal(['mousedown', 'click']);
  });
});
