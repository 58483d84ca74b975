/**
 * A retailer's own provider that throws something other than an `AisleApiError` (a plain
 * `Error`): every element reports it with the same documented `aisle-error` code, `unknown`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AvailabilityProvider } from '../../src/client/provider.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/store-locator/define.js';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../helpers/mock-api.js';

function explodingProvider(): AvailabilityProvider {
  const explode = async (): Promise<never> => {
    throw new Error('backend exploded');
  };
  return {
    searchStores: explode,
    getStore: explode,
    getAvailability: explode,
    getSlots: explode,
    createHold: explode,
    confirmHold: explode,
    releaseHold: explode,
    getReservation: explode,
    cancelReservation: explode,
  };
}

const firstError = (el: Element) =>
  new Promise<CustomEvent<{ code: string }>>((resolve) =>
    el.addEventListener('aisle-error', resolve as EventListener, { once: true }),
  );

describe("a retailer's provider that throws a plain Error", () => {
  beforeEach(() => {
    configure({ provider: explodingProvider() });
    resetClientsForTests();
  });
  afterEach(() => {
    resetConfigForTests();
    resetClientsForTests();
  });

  it('is reported as `unknown` by the badge and the locator alike', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const badge = document.createElement('aisle-stock-badge');
    badge.setAttribute('sku', 'AISLE-0001');
    badge.setAttribute('store', mockApi.stores[0]!.id);
    const locator = document.createElement('aisle-store-locator');
    locator.setAttribute('near', '48.8566,2.3522');
    locator.toggleAttribute('no-map', true);
    const errors = [firstError(badge), firstError(locator)];
    page.append(badge, locator);
    const codes = (await Promise.all(errors)).map((e) => e.detail.code);
    expect(codes).to.deep.equal(['unknown', 'unknown']);
  });
});
