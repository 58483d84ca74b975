import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lockScroll, unlockScroll } from '../../src/components/reserve-button/scroll-lock.js';
import { mount, openDialog, part, resetReserveState, until } from './reserve-button-helpers.js';

const overflow = () => document.documentElement.style.overflow;

beforeEach(() => {
  resetReserveState();
  document.documentElement.style.overflow = 'scroll'; // the page's own inline value
});
afterEach(() => document.documentElement.style.removeProperty('overflow'));

describe('scroll lock', () => {
  it('hides the document overflow while held, and puts back the page’s own value', () => {
    const a = {};
    lockScroll(a);
    expect(overflow()).to.equal('hidden');
    expect(getComputedStyle(document.documentElement).overflowY).to.equal('hidden');
    unlockScroll(a);
    expect(overflow()).to.equal('scroll');
  });

  it('counts holders: the page scrolls again only when the last one lets go', () => {
    const a = {};
    const b = {};
    lockScroll(a);
    lockScroll(b);
    lockScroll(a); // held twice is held once
    unlockScroll(a);
    expect(overflow()).to.equal('hidden');
    unlockScroll(a); // not a holder any more: changes nothing
    expect(overflow()).to.equal('hidden');
    unlockScroll(b);
    expect(overflow()).to.equal('scroll');
    unlockScroll(null);
    expect(overflow()).to.equal('scroll');
  });
});

describe('<aisle-reserve-button> holds the page still while its dialog is open', () => {
  it('locks on open, unlocks on the close button, and the dialog contains its overscroll', async () => {
    const el = await mount('fr');
    const dialog = await openDialog(el);
    expect(overflow()).to.equal('hidden');
    expect(getComputedStyle(dialog).overscrollBehaviorY).to.equal('contain');
    part<HTMLButtonElement>(el, 'close')!.click();
    expect(dialog.open).to.equal(false);
    expect(overflow()).to.equal('scroll');
  });

  it('unlocks when Escape closes the dialog', async () => {
    const el = await mount();
    const dialog = await openDialog(el);
    await until(() => part(el, 'hold'), 'the hold button');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && overflow() === 'scroll', 'the dialog to close');
    expect(overflow()).to.equal('scroll');
  });

  it('unlocks when the element leaves the page with its dialog open', async () => {
    const el = await mount();
    await openDialog(el);
    el.remove();
    await until(() => overflow() === 'scroll', 'the lock to go');
  });

  it('two buttons opened one after the other do not leave the page locked', async () => {
    const first = await mount();
    const second = await mount();
    await openDialog(first);
    part<HTMLButtonElement>(first, 'close')!.click();
    await openDialog(second);
    expect(overflow()).to.equal('hidden');
    part<HTMLButtonElement>(second, 'close')!.click();
    expect(overflow()).to.equal('scroll');
  });
});
