/**
 * The reserve button loads its dialog on the first click: before that, only the button's code
 * runs. wtr serves each source file on its own, so the dialog module's request shows in the
 * page's resource timings. This file must run in its own page (wtr gives each file one), and its
 * first test must be the first to click.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  setDialogLoaderForTests,
  type AisleReserveButton,
} from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';
import {
  dialogOf,
  mount,
  nextTask,
  openDialog,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  until,
} from './reserve-button-helpers.js';

const DIALOG_MODULE = /\/reserve-button\/reserve-dialog\.ts(\?|$)/;

function dialogModuleRequested(): boolean {
  return performance.getEntriesByType('resource').some((e) => DIALOG_MODULE.test(e.name));
}

const realDialog = () => import('../../src/components/reserve-button/reserve-dialog.js');

/** A loader that waits for `release()` before giving the real module, and counts its calls. */
function gatedLoader() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const state = { calls: 0, release };
  setDialogLoaderForTests(async () => {
    state.calls++;
    await gate;
    return realDialog();
  });
  return state;
}

before(() => {
  // wtr loads hundreds of files: make room so the dialog module's entry is not dropped.
  performance.setResourceTimingBufferSize(10_000);
});
beforeEach(resetReserveState);
afterEach(() => setDialogLoaderForTests());

describe('<aisle-reserve-button> loads its dialog on the first click', () => {
  it('runs only the button before a click, then loads, styles and focuses the dialog', async () => {
    // A reservation kept for another product does not load the dialog for this one.
    sessionStorage.setItem('aisle:reservation:/aisle-api/v1 AISLE-9999', '{"id":"r1","code":"C1"}');
    const el = await mount();
    for (let i = 0; i < 5; i++) await nextTask();
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Reserve in store');
    expect(dialogOf(el)).to.equal(null);
    expect(el.step).to.equal('idle');
    expect(dialogModuleRequested(), 'dialog module requested before a click').to.equal(false);
    expect(requests, 'requests before a click').to.have.length(0);
    await expect(el).to.be.accessible();

    const dialog = await openDialog(el);
    expect(dialogModuleRequested(), 'dialog module requested on the click').to.equal(true);
    expect(el.step).to.equal('store');
    expect(el.getAttribute('step')).to.equal('store');
    // Focus goes to the step's heading inside the dialog, as before.
    await until(() => el.shadowRoot!.activeElement === part(el, 'step'), 'focus on the step');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    // The dialog's styles arrived as constructable stylesheets (CSP-safe), not <style> elements.
    expect(getComputedStyle(el.shadowRoot!.querySelector('header')!).display).to.equal('flex');
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await until(() => part(el, 'hold'), 'the store step');
    await expect(el).to.be.accessible();
  });

  it('opens one dialog and makes one hold for a double click while the module loads', async () => {
    const el = await mount();
    const loader = gatedLoader();
    const button = part<HTMLButtonElement>(el, 'button')!;
    button.click();
    button.click();
    el.show();
    for (let i = 0; i < 5; i++) await nextTask();
    expect(dialogOf(el), 'no dialog before the module arrives').to.equal(null);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    loader.release();
    await until(() => dialogOf(el)?.open, 'the dialog to open');
    await el.updateComplete;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    await until(() => part(el, 'hold'), 'the hold button');
    expect(loader.calls).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('dialog')).to.have.length(1);
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    for (let i = 0; i < 20; i++) await nextTask();
    expect(posts(/\/holds$/)).to.have.length(1);
    expect(mockApi.stats().holdsCreated).to.equal(1);
  });

  it('says when the dialog cannot load, reports it, and loads it on the next click', async () => {
    const el = await mount();
    let calls = 0;
    setDialogLoaderForTests(() => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const failed = oneEvent(el, 'aisle-error');
    part<HTMLButtonElement>(el, 'button')!.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('load_failed');
    expect(detail.element).to.equal(el);
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent!.trim()).to.equal(en.reserveLoadFailed);
    expect(part(el, 'button')!.hasAttribute('aria-busy')).to.equal(false);
    expect(dialogOf(el)).to.equal(null);
    expect(el.step).to.equal('idle');
    await expect(el).to.be.accessible();

    setDialogLoaderForTests(() => {
      calls++;
      return realDialog();
    });
    await openDialog(el);
    expect(calls).to.equal(2);
    expect(part(el, 'error')).to.equal(null);
    await until(() => part(el, 'hold'), 'the store step');
  });

  it('says so in French', async () => {
    const el = await mount('fr');
    setDialogLoaderForTests(() => Promise.reject(new Error('offline')));
    const failed = oneEvent(el, 'aisle-error');
    part<HTMLButtonElement>(el, 'button')!.click();
    await failed;
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.include('La réservation n’a pas pu se charger');
  });

  it('opens nothing when the element leaves the page before the module arrives', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    const loader = gatedLoader();
    const errors: Event[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e));
    part<HTMLButtonElement>(el, 'button')!.click();
    el.remove();
    loader.release();
    for (let i = 0; i < 20; i++) await nextTask();
    expect(dialogOf(el)).to.equal(null);
    expect(el.step).to.equal('idle');
    // Back on the page, it does not open by itself; nothing was asked of the API.
    parent.append(el);
    for (let i = 0; i < 20; i++) await nextTask();
    expect(dialogOf(el)?.open ?? false).to.equal(false);
    expect(requests).to.have.length(0);
    expect(errors).to.have.length(0);
    // A click then works as usual.
    await openDialog(el);
    await until(() => part(el, 'hold'), 'the store step');
  });

  it('ignores show() while off the page, and is not left busy when it arrives', async () => {
    const loader = gatedLoader();
    const el = document.createElement('aisle-reserve-button');
    el.sku = SKU;
    el.store = store.id;
    el.show();
    loader.release();
    for (let i = 0; i < 10; i++) await nextTask();
    document.body.append(el);
    try {
      await el.updateComplete;
      for (let i = 0; i < 10; i++) await nextTask();
      expect(part(el, 'button')!.hasAttribute('aria-busy')).to.equal(false);
      expect(dialogOf(el)?.open ?? false).to.equal(false);
      expect(requests).to.have.length(0);
      // A click then opens it as usual.
      await openDialog(el);
      await until(() => part(el, 'hold'), 'the store step');
    } finally {
      el.remove();
    }
  });

  it('loads the dialog on connect when a confirmation is kept for its SKU', async () => {
    const first = await mount();
    await openDialog(first);
    first.remove();
    sessionStorage.setItem(
      `aisle:reservation:/aisle-api/v1 ${SKU}`,
      '{"id":"missing","code":"C1"}',
    );
    let calls = 0;
    setDialogLoaderForTests(() => {
      calls++;
      return realDialog();
    });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU}></aisle-reserve-button>`,
    );
    await until(() => dialogOf(el), 'the dialog module');
    expect(calls).to.equal(1);
    // It asks the API for that reservation; unknown there, nothing is shown.
    await until(
      () => requests.some((r) => new URL(r.url).pathname.endsWith('/reservations/missing')),
      'the reservation to be read',
    );
    for (let i = 0; i < 10; i++) await nextTask();
    expect(el.step).to.equal('idle');
    expect(dialogOf(el)!.open).to.equal(false);
  });
});
