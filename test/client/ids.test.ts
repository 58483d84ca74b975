import { expect } from '@open-wc/testing';
import { isValidSku, isValidStoreId } from '../../src/client/ids.js';

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

describe('isValidStoreId', () => {
  it('accepts the ids store systems use, up to 256 characters', () => {
    for (const id of [
      'lyon-2',
      'mall:lyon-2',
      'FR 0042',
      'fr/lyon/12',
      'magasin-évry',
      'x'.repeat(256),
    ]) {
      expect(isValidStoreId(id), id).to.equal(true);
    }
  });

  it('refuses empty, padded, markup-like, control characters and over-long ids', () => {
    const bad = [
      '',
      ' ',
      ' lyon',
      'lyon ',
      '<img src=x>',
      'a"b',
      "a'b",
      'a\\b',
      'a\nb',
      'x'.repeat(257),
      // Dot segments: in a URL path they would name another endpoint.
      '.',
      '..',
    ];
    for (const id of [...bad, null, 42]) expect(isValidStoreId(id), String(id)).to.equal(false);
  });
});
