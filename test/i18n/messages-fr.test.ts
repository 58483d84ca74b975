import { expect } from '@open-wc/testing';
import { fr } from '../../src/i18n/messages/fr.js';
import { frenchSpacingFaults } from '../helpers/french.js';

/** Every French string, functions called with sample arguments of each common shape. */
function frenchStrings(): Array<[key: string, text: string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(fr)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (typeof value === 'function') {
      for (const args of [
        [2, 3, 4],
        ['Lyon', '2,4 km', 5],
        ['X-1', 'lundi', 'mardi'],
      ]) {
        try {
          const text: unknown = (value as (...a: unknown[]) => unknown)(...args);
          if (typeof text === 'string') out.push([key, text]);
        } catch {
          // A function that needs other argument types: the other samples cover it.
        }
      }
    }
  }
  return out;
}

describe('French messages follow French typography', () => {
  it('put a non-breaking space, never a plain one, before : ; ? ! and », and after «', () => {
    expect(frenchSpacingFaults(frenchStrings())).to.deep.equal([]);
  });

  it('use typographic apostrophes and quotes, not straight ones, in rendered text', () => {
    const bad = frenchStrings().filter(([, text]) => /\w'\w|"/.test(text));
    expect(bad).to.deep.equal([]);
  });
});

describe('French messages fit any product and any quantity', () => {
  // The product may be masculine or feminine ("une lampe"), one unit or several: nothing that
  // speaks of it may agree with it ("Me le mettre de côté", "Prêt aujourd’hui", "il vient d’être
  // épuisé"). Words that agree with a noun of their own ("l’article … mis de côté") are fine.
  const agreesWithTheProduct = [
    /\bme l[ea]\b/i,
    /\bl[ea] remettre\b/i,
    /\bvous l[ea] retirerez\b/i,
    /\bl’(?:a|ont) en stock\b/i,
    /\bPrête?s?\b/,
    /^Mise? de côté\b(?! (?:expirée|…))/,
    /\bDésolée?,/,
    /,\s(?:il|elle) vient/,
  ];

  it('never use a pronoun or participle that agrees with the product', () => {
    const bad = frenchStrings().filter(([, text]) =>
      agreesWithTheProduct.some((re) => re.test(text)),
    );
    expect(bad).to.deep.equal([]);
  });

  it('name the actions and promises without gender or number', () => {
    expect(fr.reserveHold).to.equal('Mettre de côté');
    expect(fr.reserveHoldAgain).to.equal('Remettre de côté');
    expect(fr.reserveNoStore).to.equal('Choisissez votre magasin de retrait.');
    expect(fr.reserveHeldFor('4 min 47 s')).to.match(/^C’est mis de côté\u00a0: encore /);
    expect(fr.badgeLowStockCount(1)).to.equal('Dernier exemplaire en stock');
    expect(fr.reserveStockGone).to.equal(
      'Désolés, ce produit vient d’être épuisé dans ce magasin.',
    );
    expect(fr.reserveReadyAt('samedi 5 décembre')).to.equal(
      'Retrait possible à partir du samedi 5 décembre',
    );
    expect(fr.pickupReadyToday('19 h 05')).to.equal('Disponible aujourd’hui dès 19 h 05');
  });

  it('say a full slot as a state, not an event ("Ce créneau est désormais complet")', () => {
    expect(fr.reserveSlotFull).to.match(/^Ce créneau est désormais complet\./);
  });
});
