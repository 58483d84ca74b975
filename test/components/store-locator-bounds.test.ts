// A lying API cannot freeze the locator: its lists are cut before anything renders.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/store-locator/define.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { makeStore } from '../client/fixtures.js';
import { useHandlers } from '../helpers/mock-api.js';
import { $$, cards, locator, PARIS, settled } from './store-locator-harness.js';

const serviceFilters = (el: Parameters<typeof cards>[0]) =>
  $$<HTMLInputElement>(el, 'input[name="service"]');

describe('<aisle-store-locator> against a lying API', () => {
  beforeEach(() => resetClientsForTests());

  it('shows at most 32 services of a store that lists 20,000', async () => {
    const services = Array.from({ length: 20000 }, (_, i) => `svc${i}`);
    useHandlers(
      http.get('*/aisle-api/v1/stores', () =>
        HttpResponse.json({ stores: [makeStore('s1', { services })] }),
      ),
    );
    const el = await locator(`near="${PARIS}"`);
    await settled(el);
    expect(cards(el)).to.have.length(1);
    const shown = $$(el, 'article.store .services li').map((li) => li.textContent);
    expect(shown).to.have.length(32);
    expect(shown[0]).to.contain('svc0');
    expect(serviceFilters(el)).to.have.length(32);
  });

  it('offers at most 32 service filters when every store has services of its own', async () => {
    // 20 stores (the limit asked) of 30 services each: 600 different services in all.
    const stores = Array.from({ length: 20 }, (_, s) =>
      makeStore(`s${s}`, { services: Array.from({ length: 30 }, (_, i) => `s${s}-svc${i}`) }),
    );
    useHandlers(http.get('*/aisle-api/v1/stores', () => HttpResponse.json({ stores })));
    const el = await locator(`near="${PARIS}" limit="20"`);
    await settled(el);
    expect(cards(el)).to.have.length(20);
    const filters = serviceFilters(el).map((input) => input.value);
    expect(filters).to.have.length(32);
    expect(stores.flatMap((s) => s.services)).to.include.members(filters);
  });
});
