/**
 * Forced colours (Windows High Contrast) paint every button's text alike and drop colours: the
 * picker's stores, buttons without a border told apart only by the link colour of their name,
 * would read as plain text. Read from the picker's own style sheets (the test browsers cannot
 * force colours).
 */
import { expect } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { forcedColorsStyle } from '../helpers/forced-colors.js';
import { pickerWithResults } from './store-picker-helpers.js';

describe('<aisle-store-picker>: forced colours', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
  });

  it('underlines each store’s name, so the choices still read as things to press', async () => {
    const picker = await pickerWithResults();
    const choice = picker.querySelector('[part="results"] button')!;
    const name = choice.querySelector('.name')!;
    expect(name, 'the store name').to.exist;
    const lines = forcedColorsStyle(picker, name).map((s) => s.textDecorationLine);
    expect(lines).to.include('underline');
  });
});
