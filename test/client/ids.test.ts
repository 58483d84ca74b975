import { expect } from '@open-wc/testing';
import { isValidSku } from '../../src/client/ids.js';

describe('isValidSku', () => {
  it('accepts 1 to 64 plain characters starting with a letter or digit', () => {
    for (const sku of ['A', '0065', 'AISLE-0065', 'SHOE/42_b.x-1', 'a'.repeat(64)]) {
      expect(isValidSku(sku), sku).to.equal(true);
    }
  });

  it('refuses the rest', () => {
    const bad = ['', '-0065', '.hidden', '_x', '/a', 'a b', 'a,b', 'a'.repeat(65), 'é', null];
    for (const sku of [...bad, undefined]) expect(isValidSku(sku), String(sku)).to.equal(false);
  });
});
