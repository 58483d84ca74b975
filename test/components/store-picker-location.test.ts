/** The store picker's "Use my location" when the browser refuses: the reason, in its language. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';

/** The browser's answer when the shopper (or a setting) blocks location for the site. */
const DENIED = { code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };

const inPicker = (badge: AisleStockBadge, selector: string) =>
  badge
    .shadowRoot!.querySelector('aisle-store-picker')
    ?.shadowRoot?.querySelector<HTMLElement>(selector);

describe('<aisle-stock-badge> store picker: location refused', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
  });
  afterEach(() => sinon.restore());

  for (const [lang, said] of [
    ['en', /^Location access is turned off\. Allow it in your browser/],
    ['fr', /^L’accès à votre position est désactivé\./],
  ] as const) {
    it(`says location access is off, not that it failed (${lang})`, async () => {
      sinon
        .stub(navigator.geolocation, 'getCurrentPosition')
        .callsFake((_ok, fail) => fail!(DENIED as GeolocationPositionError));
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang=${lang} sku="AISLE-0001"></aisle-stock-badge>`,
      );
      badge.shadowRoot!.querySelector<HTMLElement>('[part="action"]')!.click();
      await waitUntil(() => inPicker(badge, '.locate'), 'no picker', { timeout: 5000 });
      inPicker(badge, '.locate')!.focus();
      await sendKeys({ press: 'Enter' }); // a real key press: location is asked only then
      await waitUntil(() => inPicker(badge, '[role="alert"]'), 'nothing said');
      expect(inPicker(badge, '[role="alert"]')!.textContent!.trim()).to.match(said);
    });
  }
});
