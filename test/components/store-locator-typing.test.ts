import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetClientsForTests } from '../../src/client/shared.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../../src/components/store-locator/define.js';
import { waitUntil } from '../helpers/wait.js';
import { $, $$, locator } from './store-locator-harness.js';

beforeEach(() => resetClientsForTests());

describe('<aisle-store-locator>: typing after choosing a suggestion with the arrows', () => {
  it('chooses none of the options for the old text: Enter searches the new text', async () => {
    const el = await locator('limit="3"', 'en');
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    // "saint" in one input event: typed key by key on a loaded machine, the suggestions for
    // "sain" could open, then be replaced by those for "saint" between the arrow presses.
    input.value = 'saint';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', {
      timeout: 5000,
    });
    await el['place'].box.settled;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const highlighted = $$(el, '[role="option"]')[1]!.textContent!.trim();
    expect(input.getAttribute('aria-activedescendant')).to.equal('search-option-1');
    // The shopper changes their mind and types on: the highlighted option no longer stands.
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el['place'].box.settled;
    await el.updateComplete;
    expect(input.value).to.equal('saintzzz');
    expect(input.value).not.to.equal(highlighted);
    expect($(el, '[part="search-message"]')!.textContent).to.contain('No place matches');
    expect($(el, 'h2')).to.equal(null);
  });
});

describe('<aisle-store-locator>: a typed search the API cannot answer', () => {
  it('fires aisle-error, as the `query` attribute’s look-up does', async () => {
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const el = await locator('', 'en');
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
    await sendKeys({ type: 'Nantes' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.notice')!.textContent!.trim(), 'no notice', { timeout: 8000 });
    expect($(el, '.notice')!.textContent).to.contain('We could not load stores.');
    expect(errors).to.deep.equal(['internal_error']);
  });
});
