import { expect } from '@open-wc/testing';
import type { Suggestion } from '../../src/geo/geocoder.js';
import { createLocalGeocoder } from '../../src/geo/local-geocoder.js';
import { generateStores } from '../../src/mocks/data/stores.js';

/** The demo's 50,000-store locator: stores given from JavaScript (`.stores`). */
describe('geo/geocoder: local, over 50,000 stores', () => {
  const stores = generateStores(50_000, 7);
  const labels = (s: Suggestion[]) => s.map((x) => x.label);
  const lyon = [
    'Lyon',
    'Sainte-Foy-lès-Lyon',
    'Aisle Lyon, 69001 Lyon',
    'Aisle Lyon Centre, 69001 Lyon',
    'Aisle Lyon Gare, 69001 Lyon',
    'Aisle Lyon Nord, 69001 Lyon',
  ];

  it('indexes them in slices: the page runs before the first answer (no frozen keystroke)', async () => {
    let pageRan = false;
    setTimeout(() => (pageRan = true));
    const got = await createLocalGeocoder(stores).suggest('LYON', { limit: 6 });
    expect(pageRan).to.equal(true);
    expect(labels(got)).to.deep.equal(lyon);
  });

  it('finds what it found when built at once: accents, case, St, postcodes, towns, names, addresses', async () => {
    const local = createLocalGeocoder(stores);
    const etienne = [
      'Saint-Étienne',
      'Saint-Étienne-du-Rouvray',
      'Aisle Saint-Étienne, 42000 Saint-Étienne',
      'Aisle Saint-Étienne Centre, 42000 Saint-Étienne',
      'Aisle Saint-Étienne Gare, 42000 Saint-Étienne',
      'Aisle Saint-Étienne Nord, 42000 Saint-Étienne',
    ];
    const foy = [
      'Sainte-Foy-lès-Lyon',
      ...['', ' Centre', ' Gare', ' Nord', ' Sud'].map(
        (part) => `Aisle Sainte-Foy-lès-Lyon${part}, 69110 Sainte-Foy-lès-Lyon`,
      ),
    ];
    const expected: Record<string, string[]> = {
      lyon,
      'st etienne': etienne,
      'SAINT-ÉTIENNE': etienne,
      etienne,
      'sainte foy': foy,
      'ste foy': foy,
      orleans: [
        'Orléans',
        ...['', ' Centre', ' Gare', ' Nord', ' Sud'].map((p) => `Aisle Orléans${p}, 45000 Orléans`),
      ],
      '69': [
        '69001 Lyon',
        '69100 Villeurbanne',
        '69110 Sainte-Foy-lès-Lyon',
        '69120 Vaulx-en-Velin',
        '69130 Écully',
        '69140 Rillieux-la-Pape',
      ],
      '75001': ['75001 Paris'],
      'aisle bobigny': ['', ' Centre', ' Gare', ' Nord', ' Sud', ' Est'].map(
        (p) => `Aisle Bobigny${p}, 93000 Bobigny`,
      ),
      '3 rue Victor Hugo, 42000 Saint-Étienne': ['42000 Saint-Étienne'],
      zzzz: [],
    };
    for (const [query, want] of Object.entries(expected))
      expect(labels(await local.suggest(query, { limit: 6 })), query).to.deep.equal(want);
  });

  it('a query asked while they are indexed rejects once a newer keystroke aborts it', async () => {
    const controller = new AbortController();
    const asked = createLocalGeocoder(stores).suggest('lyon', { signal: controller.signal });
    controller.abort();
    const error = await asked.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error | undefined)?.name).to.equal('AbortError');
  });
});
