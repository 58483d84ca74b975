import { expect } from '@open-wc/testing';
import type { AvailabilityEntry } from '../../src/client/types.js';
import {
  directionsUrl,
  parseList,
  parseNear,
  rankStores,
  summarizeStock,
  telHref,
} from '../../src/components/store-locator/ranking.js';
import {
  serializeJsonLd,
  storeJsonLd,
  writeStructuredData,
} from '../../src/components/store-locator/structured-data.js';
import { hoursView } from '../../src/components/store-locator/store-hours.js';
import { formatLocalClock } from '../../src/hours/index.js';
import { hoursMessages } from '../../src/i18n/messages/hours.js';
import { fixtureStore } from './store-locator-fixtures.js';

const entry = (sku: string, storeId: string, status: AvailabilityEntry['status']) => ({
  sku,
  storeId,
  status,
  updatedAt: '2026-11-23T10:00:00Z',
});

describe('store locator: attribute parsing', () => {
  it('reads "lat,lng" and rejects malformed or out-of-range points', () => {
    expect(parseNear('48.85, 2.35')).to.deep.equal({ lat: 48.85, lng: 2.35 });
    expect(parseNear('48.85')).to.equal(undefined);
    expect(parseNear('a,b')).to.equal(undefined);
    expect(parseNear('91,0')).to.equal(undefined);
    expect(parseNear(',2')).to.equal(undefined);
    expect(parseNear(null)).to.equal(undefined);
  });

  it('reads comma lists, trimming and dropping empties and duplicates', () => {
    expect(parseList(' A, B,,A ,C')).to.deep.equal(['A', 'B', 'C']);
    expect(parseList('')).to.deep.equal([]);
  });
});

describe('store locator: stock ranking', () => {
  const near = fixtureStore({ id: 'near', distanceKm: 1 });
  const mid = fixtureStore({ id: 'mid', distanceKm: 2 });
  const far = fixtureStore({ id: 'far', distanceKm: 3 });

  it('counts the products each store has, out of the basket', () => {
    const stock = summarizeStock(
      ['A', 'B', 'C'],
      ['near', 'far'],
      [
        entry('A', 'near', 'in_stock'),
        entry('B', 'near', 'out_of_stock'),
        entry('A', 'far', 'low_stock'),
        entry('B', 'far', 'in_stock'),
        entry('C', 'far', 'in_stock'),
        entry('A', 'elsewhere', 'in_stock'),
      ],
    );
    expect(stock.get('near')).to.include({ have: 1, total: 3, known: 2 });
    expect(stock.get('far')).to.include({ have: 3, total: 3, known: 3 });
    expect(stock.has('elsewhere')).to.equal(false);
  });

  it('keeps the status of a single product, unknown when the API has no entry', () => {
    const stock = summarizeStock(['A'], ['near', 'mid'], [entry('A', 'near', 'low_stock')]);
    expect(stock.get('near')?.status).to.equal('low_stock');
    expect(stock.get('mid')?.status).to.equal(undefined);
  });

  it('ranks nearest first, and complete baskets first when asked', () => {
    const stock = summarizeStock(
      ['A', 'B'],
      ['near', 'mid', 'far'],
      [
        entry('A', 'near', 'in_stock'),
        entry('A', 'far', 'in_stock'),
        entry('B', 'far', 'in_stock'),
        entry('A', 'mid', 'in_stock'),
        entry('B', 'mid', 'in_stock'),
      ],
    );
    const input = [far, near, mid];
    expect(rankStores(input, stock, false).map((s) => s.id)).to.deep.equal(['near', 'mid', 'far']);
    expect(rankStores(input, stock, true).map((s) => s.id)).to.deep.equal(['mid', 'far', 'near']);
    expect(input.map((s) => s.id)).to.deep.equal(['far', 'near', 'mid']);
  });
});

describe('store locator: links', () => {
  it('builds directions to the store coordinates', () => {
    const store = fixtureStore();
    expect(directionsUrl(store)).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=48.8556%2C2.3589',
    );
    expect(telHref('+33 1 23-45.67 89')).to.equal('tel:+33123456789');
    expect(telHref('(04) 80 45 19 17')).to.equal('tel:0480451917');
    expect(telHref('+33 (0)4 53 75 24 51')).to.equal('tel:+33453752451');
    expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+442079460000');
    // Not only a number: its digits would dial another one (or none).
    for (const text of ['+33 4 53 75 24 51 poste 204', '04 80 45 19 17 (9h-19h)', 'n/a', '--']) {
      expect(telHref(text), text).to.equal(undefined);
    }
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('store locator: structured data', () => {
  it('describes a store with address, geo and opening hours', () => {
    const ld = storeJsonLd(fixtureStore()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON shape under test
    expect(ld['@type']).to.equal('Store');
    expect(ld.name).to.equal('Aisle Rivoli');
    expect(ld.address).to.include({ postalCode: '75004', addressLocality: 'Paris' });
    expect(ld.geo).to.include({ latitude: 48.8556, longitude: 2.3589 });
    expect(ld.telephone).to.equal('+33 1 23 45 67 89');
    const hours = ld.openingHoursSpecification as Array<Record<string, unknown>>;
    expect(hours[0]).to.deep.include({
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
      opens: '09:00',
      closes: '19:00',
    });
    expect(hours[1]).to.deep.include({ dayOfWeek: ['https://schema.org/Saturday'] });
    expect(hours[2]).to.deep.include({ opens: '00:00', closes: '00:00', validFrom: '2026-12-25' });
  });

  it('claims no opening hours for a store that publishes none', () => {
    const store = fixtureStore();
    const ld = storeJsonLd({ ...store, hours: { weekly: [], exceptions: [] } });
    expect(ld).not.to.have.property('openingHoursSpecification');
  });

  it('escapes markup so data cannot close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('>');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script> & <!--' });
  });

  it('writes one script into the light DOM and removes it when there is nothing to list', () => {
    const host = document.createElement('div');
    const evil = fixtureStore({ name: '</script><img src=x onerror=alert(1)>' });
    writeStructuredData(host, [evil, fixtureStore({ id: 'st-2' })]);
    writeStructuredData(host, [evil, fixtureStore({ id: 'st-2' })]);
    const scripts = host.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    expect(host.querySelector('img')).to.equal(null);
    const parsed = JSON.parse(scripts[0]!.textContent!) as Array<{ name: string }>;
    expect(parsed.map((s) => s.name)).to.deep.equal([evil.name, 'Aisle Rivoli']);
    writeStructuredData(host, []);
    expect(host.querySelector('script')).to.equal(null);
  });
});

describe('store locator: hours on a card', () => {
  const now = new Date('2026-11-23T10:00:00Z'); // a Monday, 11:00 in Paris

  it('says open now, lists the coming week from today and later exceptions', () => {
    const store = fixtureStore({
      hours: {
        weekly: fixtureStore().hours.weekly,
        exceptions: [
          { date: '2026-12-24', opens: '09:00', closes: '16:00', label: 'Christmas Eve' },
          { date: '2026-12-25', closed: true },
          // A Monday with only a label: open as on any Monday, not "Closed".
          { date: '2026-12-28', label: 'Sales' },
          { date: '2026-12-29', opens: '10:00' },
        ],
      },
    });
    const view = hoursView(store, now, 'en-IE');
    expect(view.open).to.equal(true);
    expect(view.status).to.match(/^Open/);
    expect(view.week).to.have.length(7);
    expect(view.week[0]).to.include({ today: true, day: 'Monday' });
    expect(view.exceptions.map((e) => e.text)).to.deep.equal([
      `${formatLocalClock('en-IE', '09:00')}–${formatLocalClock('en-IE', '16:00')} (Christmas Eve)`,
      `${hoursMessages.en.hoursClosed} (${hoursMessages.en.hoursSpecialClosure})`,
      `${formatLocalClock('en-IE', '09:00')}–${formatLocalClock('en-IE', '19:00')} (Sales)`,
      // Opening with no closing time is no range: the usual Tuesday, noted as special hours.
      `${formatLocalClock('en-IE', '09:00')}–${formatLocalClock('en-IE', '19:00')} (${hoursMessages.en.hoursSpecialHours})`,
    ]);
    // The same days inside the coming week read the same way.
    expect(hoursView(store, new Date('2026-12-27T10:00:00Z'), 'en-IE').week[1]!.text).to.equal(
      view.exceptions[2]!.text,
    );
    expect(view.exceptions[1]!.date).to.contain('25 December');
  });

  it('says closed on a day with no hours, in French', () => {
    const sunday = new Date('2026-11-22T10:00:00Z');
    const view = hoursView(fixtureStore(), sunday, 'fr-FR');
    expect(view.open).to.equal(false);
    expect(view.week[0]).to.include({ today: true, day: 'dimanche' });
    expect(view.week[0]!.text).to.equal(hoursMessages.fr.hoursClosed);
  });
});
