/**
 * The configurator's number fields accept what the elements accept (stock-badge.ts: quantity 1 to
 * 999; attribute-check.ts: radius up to 20,000 km, limit 1 to 500), so an editor is never
 * refused a value the element would use, nor offered one it would drop. (Radius starts at 0.1 km:
 * the element takes anything above 0, no shop needs less.)
 */
import { expect } from '@open-wc/testing';
import { check } from '../../demo/configurator/check.js';
import { ELEMENTS, type ElementName, type Field } from '../../demo/configurator/fields.js';
import { UI } from '../../demo/configurator/text.js';
import { limitCount, radiusKm } from '../../src/components/store-locator/attribute-check.js';

const field = (tag: ElementName, attribute: string): Field =>
  ELEMENTS.find((e) => e.tag === tag)!.fields.find((f) => f.attribute === attribute)!;

describe('configurator: number bounds are the elements’ own', () => {
  it('badge quantity: 1 to 999', () => {
    const quantity = field('aisle-stock-badge', 'quantity');
    for (const ok of ['1', '100', '999']) expect(check(quantity, ok), ok).to.equal(null);
    for (const bad of ['0', '1000']) expect(check(quantity, bad), bad).to.equal('range');
    expect(quantity.help.en).to.contain('999');
    expect(quantity.help.fr).to.contain('999');
  });

  it('locator limit: what limitCount keeps', () => {
    const limit = field('aisle-store-locator', 'limit');
    for (const n of [1, 10, 250, 500, 501, 0]) {
      const kept = limitCount(n) === n;
      expect(check(limit, String(n)), String(n)).to.equal(kept ? null : 'range');
    }
  });

  it('locator radius: what radiusKm keeps', () => {
    const radius = field('aisle-store-locator', 'radius');
    for (const n of [0.1, 0.5, 1, 25, 1000, 20000, 20001, 0]) {
      const kept = radiusKm(n) === n;
      expect(check(radius, String(n)), String(n)).to.equal(kept ? null : 'range');
    }
  });
});

describe('configurator: bounds are written the language’s way', () => {
  const radius = field('aisle-store-locator', 'radius');
  const limit = field('aisle-store-locator', 'limit');

  it('French: a decimal comma and a space between thousands, in the error and the help', () => {
    expect(UI.fr.problem('range', radius)).to.match(/^Entre 0,1 et 20\s000\.$/);
    expect(radius.help.fr).to.match(/De 0,1 à 20\s000 kilomètres/);
    expect(limit.help.fr).to.match(/^De 1 à 500 /);
    // Decimals are still typed with a dot, and the French help says so.
    expect(check(radius, '2.5')).to.equal(null);
    expect(radius.help.fr).to.contain('point');
  });

  it('English: a thousands comma', () => {
    expect(UI.en.problem('range', radius)).to.equal('Between 0.1 and 20,000.');
    expect(radius.help.en).to.contain('0.1 to 20,000 kilometres');
  });
});
