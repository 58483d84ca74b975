import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../helpers/mock-api.js';
import { $, cards, locator, PARIS } from './store-locator-harness.js';

beforeEach(() => resetClientsForTests());
afterEach(() => sinon.restore());

/** The API down, the shopper types "Nantes" and presses Enter: the notice says it failed. */
async function failedSearch() {
  mockApi.setScenario({ status500: true, only: 'searchStores' });
  const el = await locator('', 'en');
  const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
  input.focus();
  await sendKeys({ type: 'Nantes' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '.notice')!.textContent!.trim(), 'no notice', { timeout: 8000 });
  return { el, input };
}

describe('<aisle-store-locator>: a search with the API down', () => {
  it('with the API down, offers "Try again" beside the notice, which finds the place once it is back', async () => {
    const { el, input } = await failedSearch();
    const again = $<HTMLButtonElement>(el, 'button[part="retry"]')!;
    expect(again.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
    mockApi.setScenario({}); // the API is back
    again.click();
    await waitUntil(() => cards(el).length > 0, 'no stores after Try again', { timeout: 5000 });
    expect($(el, 'button[part="retry"]'), 'gone once found').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'the focus waits in the search field').to.equal(input);
    expect(input.value).to.contain('Nantes');
  });

  it('with the API down, says stores could not be loaded (not "no match"), and Enter asks again', async () => {
    const { el } = await failedSearch();
    const notice = $(el, '.notice')!;
    expect(notice.textContent).to.contain('We could not load stores.');
    expect(notice.getAttribute('role')).to.equal('status');
    expect($(el, '.hint')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
    mockApi.setScenario({}); // the API is back: Enter again finds the place and its stores
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'no stores after Enter', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).not.to.contain('No place matches');
  });

  it('with a query attribute and the API down, shows an error with "Try again", not "no match"', async () => {
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const errors: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><aisle-store-locator no-map query="Lyon"></aisle-store-locator></div>`,
    );
    wrapper.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => $(el, '.error'), 'no error panel', { timeout: 8000 });
    expect($(el, '.error')!.textContent).to.contain('could not load stores');
    expect(el.shadowRoot!.textContent).not.to.contain('No place matches');
    await waitUntil(() => errors.length > 0, 'no aisle-error');
    await expect(el).to.be.accessible();
    // The API is back: "Try again" looks the place up again and lists its stores.
    mockApi.setScenario({});
    $<HTMLButtonElement>(el, '[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'no stores after retrying', { timeout: 5000 });
    expect($(el, '.error')).to.equal(null);
    // The place was looked up again first: the focus still ends on the first store found.
    await waitUntil(() => el.shadowRoot!.activeElement, 'the focus fell to the page');
    expect(el.shadowRoot!.activeElement!.closest('article') === cards(el)[0]).to.equal(true);
  });

  it('after a failed query attribute, the shopper’s own search shows its stores', async () => {
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const el = await locator('query="Lyon"', 'en');
    await waitUntil(() => $(el, '.error'), 'no error panel', { timeout: 8000 });
    mockApi.setScenario({});
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    input.select(); // replaces the failed "Lyon"
    await sendKeys({ type: 'Nantes' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'the search stayed on the error', {
      timeout: 5000,
    });
    expect($(el, '.error')).to.equal(null);
  });

  it('says "could not load stores" once, with one "Try again", when the list failed too', async () => {
    // The API down from the start: the list of the place given fails, then the typed search.
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const el = await locator(`near="${PARIS}"`, 'en');
    await waitUntil(() => $(el, '.error'), 'no error panel', { timeout: 8000 });
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Nantes' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => errors.length > 0, 'the typed search did not fail', { timeout: 8000 });
    const said = () => el.shadowRoot!.textContent!.split('We could not load stores.').length - 1;
    await el.updateComplete;
    expect(said(), 'said once').to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('button[part="retry"]').length).to.equal(1);
    await expect(el).to.be.accessible();
    // The API is back: that "Try again" looks "Nantes" up and lists its stores.
    mockApi.setScenario({});
    $<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await waitUntil(() => cards(el).length > 0, 'no stores after Try again', { timeout: 5000 });
    expect($(el, '[part="heading"]')!.textContent).to.contain('Nantes');
    expect(said()).to.equal(0);
  });

  it('still says why the location was refused while the list shows its failure', async () => {
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const el = await locator(`near="${PARIS}"`, 'en');
    await waitUntil(() => $(el, '.error'), 'no error panel', { timeout: 8000 });
    // A typed search that fails too (said once, by the list)…
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
    await sendKeys({ type: 'Nantes' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => errors.length > 0, 'the typed search did not fail', { timeout: 8000 });
    // …then "Use my location", refused: that is said.
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((_ok, fail) => fail!({ code: 1, message: 'denied' } as GeolocationPositionError));
    const locate = $(el, '[part="locate-button"]')!;
    locate.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.notice')!.textContent!.trim(), 'the refusal, said');
    expect($(el, '.notice')!.textContent).not.to.contain('We could not load stores.');
  });
});
