/**
 * A press that leaves a field written wrong: the field's error shows once the press is over, so
 * the line it adds does not move the terms box or "Confirm reservation" from under the pointer
 * and the press is not lost (real mouse input, at a phone's width).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import {
  mount,
  nextTask,
  openToHold,
  part,
  posts,
  resetReserveState,
  type,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);
afterEach(async () => {
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
});

/** The form, with a wrong email being typed (the focus in it). */
async function typingAWrongEmail(): Promise<AisleReserveButton> {
  await setViewport({ width: 390, height: 844 });
  const el = await mount();
  (await openToHold(el)).click();
  await until(() => part(el, 'form'), 'the contact form');
  type(el, 'name', 'Ada Lovelace');
  const email = el.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
  email.focus();
  type(el, 'email', 'ada@example');
  await el.updateComplete;
  return el;
}

/** A real mouse click on `target` as it is now: in its middle, or `top` px under its top edge. */
async function clickOn(target: Element, top?: number): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + (top ?? box.height / 2))],
  });
}

describe('<aisle-reserve-button> a press that leaves a field written wrong', () => {
  it('ticks the terms box, then says what is wrong with the email', async () => {
    const el = await typingAWrongEmail();
    const terms = el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!;
    await clickOn(terms);
    await until(() => el.shadowRoot!.querySelector('#email[aria-invalid="true"]'), 'the error');
    expect(terms.checked, 'the press ticked the box').to.equal(true);
  });

  it('"Confirm reservation" says what to correct and goes to the email, sending nothing', async () => {
    const el = await typingAWrongEmail();
    el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
    await el.updateComplete;
    await clickOn(part(el, 'confirm')!, 4); // a press near its top edge
    await until(() => el.shadowRoot!.activeElement?.id === 'email', 'the focus on the email');
    await nextTask();
    expect(el.shadowRoot!.querySelector('#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.textContent).to.contain('Please correct 1 field');
    expect(posts(/\/confirm$/)).to.have.length(0);
  });

  it('says what is wrong as the shopper tabs out of the field', async () => {
    const el = await typingAWrongEmail();
    await sendKeys({ press: 'Tab' });
    await until(() => el.shadowRoot!.querySelector('#email[aria-invalid="true"]'), 'the error');
  });

  it('says it too when the press is taken by a context menu, and no pointerup comes', async () => {
    const el = await typingAWrongEmail();
    const terms = el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!;
    terms.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.blur();
    await nextTask();
    expect(el.shadowRoot!.querySelector('#email[aria-invalid="true"]'), 'not during the press').to
      .not.exist;
    terms.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('#email[aria-invalid="true"]'), 'the error');
  });
});
