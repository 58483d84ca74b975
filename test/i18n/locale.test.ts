import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import { formatDate, formatDistance, formatTime } from '../../src/i18n/format.js';
import { canonicalLocale, languageOf, pickLocale } from '../../src/i18n/locale.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { plural } from '../../src/i18n/plural.js';
import { formatRelativeTime } from '../../src/i18n/relative-time.js';
import '../../src/components/config/define.js';
import '../helpers/mock-api.js';
import '../helpers/probe.js';
import type { AisleTestProbe } from '../helpers/probe.js';

const text = (el: Element) => el.shadowRoot!.querySelector('[part=base]')!.textContent!.trim();

describe('locale', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
    resetConfigForTests();
  });

  it('canonicalises tags and rejects garbage', () => {
    expect(canonicalLocale('fr_fr')).to.equal('fr-FR');
    expect(canonicalLocale('EN-gb')).to.equal('en-GB');
    expect(canonicalLocale('not a locale!')).to.equal(undefined);
    expect(canonicalLocale('')).to.equal(undefined);
    expect(pickLocale([null, 'bad tag!', 'fr-BE'])).to.equal('fr-BE');
    expect(pickLocale([undefined, ''])).to.equal('en');
    expect(languageOf('fr-CA')).to.equal('fr');
    expect(languageOf('de-DE')).to.equal('en');
  });

  it('follows lang on the element, then ancestors, then the document, then config', async () => {
    document.documentElement.lang = 'en';
    const root = await fixture(html`
      <div lang="fr">
        <aisle-test-probe id="a"></aisle-test-probe>
        <aisle-test-probe id="b" lang="en-GB"></aisle-test-probe>
      </div>
    `);
    const a = root.querySelector<HTMLElement & { currentLocale: string }>('#a')!;
    const b = root.querySelector<HTMLElement & { currentLocale: string }>('#b')!;
    expect(text(a)).to.equal('Fermer');
    expect(a.currentLocale).to.equal('fr');
    expect(text(b)).to.equal('Close');
    expect(b.currentLocale).to.equal('en-GB');
  });

  it('uses configured locale only when no lang is found', async () => {
    document.documentElement.removeAttribute('lang');
    configure({ locale: 'fr-FR' });
    const el = await fixture(html`<aisle-test-probe></aisle-test-probe>`);
    expect(text(el)).to.equal('Fermer');
  });

  it('takes an element’s own locale attribute over the page’s lang, and its own lang over both', async () => {
    // A CMS editor pasting a French badge into an English page writes locale="fr" on it.
    document.documentElement.lang = 'en';
    configure({ locale: 'en' });
    const root = await fixture(html`
      <div lang="en-GB">
        <aisle-test-probe id="a" locale="fr-FR"></aisle-test-probe>
        <aisle-test-probe id="b" locale="fr-FR" lang="en-US"></aisle-test-probe>
        <aisle-test-probe id="c"></aisle-test-probe>
      </div>
    `);
    const probe = (id: string) => root.querySelector<AisleTestProbe>(`#${id}`)!;
    expect(text(probe('a'))).to.equal('Fermer');
    expect(probe('a').currentLocale).to.equal('fr-FR');
    expect(text(probe('b'))).to.equal('Close');
    expect(text(probe('c'))).to.equal('Close');
    // Changed or removed later, it follows.
    probe('a').setAttribute('locale', 'en');
    await probe('a').updateComplete;
    expect(text(probe('a'))).to.equal('Close');
    probe('c').setAttribute('locale', 'fr');
    await probe('c').updateComplete;
    expect(text(probe('c'))).to.equal('Fermer');
    probe('c').removeAttribute('locale');
    await probe('c').updateComplete;
    expect(text(probe('c'))).to.equal('Close');
  });

  it('re-renders when the document or an ancestor changes lang', async () => {
    document.documentElement.lang = 'en';
    const root = await fixture(html`<div><aisle-test-probe></aisle-test-probe></div>`);
    const el = root.querySelector('aisle-test-probe')!;
    expect(text(el)).to.equal('Close');
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r)); // MutationObserver callback
    await el.updateComplete;
    expect(text(el)).to.equal('Fermer');
    root.setAttribute('lang', 'en-US');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Close');
  });

  it('re-renders in the language and settings of the place it is moved to', async () => {
    // A layout or a CMS moving an element from a French block to an English one, and out of an
    // <aisle-config> that gave it other settings.
    document.documentElement.lang = 'en';
    const root = await fixture(html`
      <div>
        <aisle-config theme="dark" lang="fr"
          ><p>Offre</p>
          <aisle-test-probe></aisle-test-probe
        ></aisle-config>
        <div lang="en-GB"></div>
      </div>
    `);
    const el = root.querySelector<AisleTestProbe>('aisle-test-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Fermer');
    expect(el.getAttribute('data-aisle-theme')).to.equal('dark');
    root.querySelector('div')!.append(el);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Close');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('en-GB');
    expect(el.hasAttribute('data-aisle-theme')).to.equal(false);
  });

  it('re-renders when its own lang changes inside a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const el = shadow.querySelector('aisle-test-probe')!;
    await el.updateComplete;
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(text(el)).to.equal('Fermer');
  });

  it('takes lang from the hosts of the shadow roots it sits in, the nearest first', async () => {
    document.documentElement.lang = 'en';
    const root = await fixture(html`<div lang="fr"><section></section></div>`);
    const outer = root.querySelector('section')!.attachShadow({ mode: 'open' });
    outer.innerHTML =
      '<p><aisle-test-probe></aisle-test-probe></p><div lang="en-GB"><span></span></div>';
    const el = outer.querySelector('aisle-test-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Fermer');
    const inner = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const nested = inner.querySelector('aisle-test-probe')!;
    await nested.updateComplete;
    expect(text(nested)).to.equal('Close');
  });

  it('re-renders when an ancestor inside a shadow root changes lang', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="en-GB"><aisle-test-probe></aisle-test-probe></div>';
    const el = shadow.querySelector('aisle-test-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Close');
    shadow.querySelector('div')!.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r)); // MutationObserver callback
    await el.updateComplete;
    expect(text(el)).to.equal('Fermer');
  });

  it('reads an unsupported language in English with its region’s formats', async () => {
    const el = await fixture<AisleTestProbe>(
      html`<aisle-test-probe lang="de-DE"></aisle-test-probe>`,
    );
    expect(text(el)).to.equal('Close');
    expect(el.currentLocale).to.equal('en-DE');
    expect(pickLocale(['de'])).to.equal('en-DE');
    expect(pickLocale(['ja'])).to.equal('en-JP');
    expect(pickLocale(['en-GB', 'de'])).to.equal('en-GB');
    expect(pickLocale(['fr-CA'])).to.equal('fr-CA');
    expect(pickLocale(['und']), 'no region guessed (US miles)').to.equal('en');
  });

  it('has plurals and Intl formats in both languages', () => {
    expect(en.locatorResults(1, '5 km')).to.equal('1 store within 5 km');
    expect(en.locatorResults(1200, '5 km')).to.equal('1,200 stores within 5 km');
    expect(fr.locatorResults(1, '5 km')).to.equal('1 magasin dans un rayon de 5 km');
    expect(fr.locatorResults(3, '5 km')).to.equal('3 magasins dans un rayon de 5 km');
    // Every count a badge shows is grouped as the language writes numbers.
    expect(en.badgeInStockCount(12000)).to.equal('In stock: 12,000');
    expect(fr.badgeInStockCount(12000)).to.match(/^En stock\u00a0: 12\s000$/);
    expect(en.badgeNotEnough(1500)).to.equal('Only 1,500 available');
    expect(formatDistance('fr-FR', 1.234)).to.match(/^1,2\s?km$/);
    expect(formatDistance('en-US', 1.609344)).to.equal('1 mi');
    expect(formatDistance('en-GB', 0.5)).to.equal('0.3 mi');
    // A store next door: never "0 mi", as never "0 m".
    expect(formatDistance('en-US', 0.033)).to.equal('0.1 mi');
    expect(formatDistance('fr-FR', 0.003)).to.match(/^10\s?m$/);
    expect(formatDistance('en-IE', 0.42)).to.equal('420 m');
    // A bare language does not guess a region: kilometres, not the miles of "en-US".
    expect(formatDistance('en', 1.609344)).to.match(/^1\.6\s?km$/);
    const now = new Date('2026-11-22T10:00:00Z');
    expect(formatRelativeTime('en', new Date('2026-11-22T09:56:00Z'), now)).to.equal('4 min. ago');
    expect(formatRelativeTime('fr', new Date('2026-11-22T09:56:00Z'), now)).to.match(
      /^il y a 4\smin$/,
    );
    // Days up to a year, then years: a count a server dates 1970 is not "20,794 days ago".
    expect(formatRelativeTime('en', new Date('2026-11-02T10:00:00Z'), now)).to.equal('20 days ago');
    expect(formatRelativeTime('en', new Date('2026-05-06T10:00:00Z'), now)).to.equal(
      '200 days ago',
    );
    expect(formatRelativeTime('en', new Date('1970-01-01T00:00:00Z'), now)).to.equal('57 yr. ago');
    expect(formatRelativeTime('fr', new Date('1970-01-01T00:00:00Z'), now)).to.match(
      /^il y a 57\s/,
    );
  });

  it("names services, and makes unknown codes readable, even Object's own names", () => {
    expect(en.locatorService('ev-charging')).to.equal('EV charging');
    expect(fr.locatorService('ev-charging')).to.equal('Recharge électrique');
    expect(en.locatorService('gift_wrapping')).to.equal('gift wrapping');
    for (const messages of [en, fr]) {
      expect(messages.locatorService('__proto__')).to.equal('proto');
      expect(messages.locatorService('constructor')).to.equal('constructor');
      expect(messages.locatorService('toString')).to.equal('toString');
    }
  });

  it('keeps each language’s plural rules on a page that uses both', () => {
    // Zero is singular in French, plural in English.
    const stores = { one: '# store', other: '# stores' };
    const magasins = { one: '# magasin', other: '# magasins' };
    expect(plural('en', 0, stores)).to.equal('0 stores');
    expect(plural('fr', 0, magasins)).to.equal('0 magasin');
    expect(plural('en', 0, stores)).to.equal('0 stores');
  });

  it('has the same keys in every message table', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });
});

describe('dates', () => {
  it('writes the first of the month as an ordinal in French only', () => {
    const first = new Date('2026-12-01T12:00:00Z');
    const second = new Date('2026-12-02T12:00:00Z');
    expect(formatDate('fr-FR', first, 'UTC')).to.equal('mardi 1er décembre');
    expect(formatDate('fr-FR', second, 'UTC')).to.equal('mercredi 2 décembre');
    expect(formatDate('en-GB', first, 'UTC')).to.equal('Tuesday 1 December');
    expect(formatDate('fr-FR', first, 'UTC', { weekday: 'long' })).to.equal('mardi');
  });
});

describe('times', () => {
  it('gives each store’s time in its own zone, in a 12-hour locale too', () => {
    const at = new Date('2026-11-23T17:00:00Z');
    expect(formatTime('en-US', at, 'America/New_York')).to.match(/^12:00\sPM$/);
    expect(formatTime('en-US', at, 'America/Los_Angeles')).to.match(/^9:00\sAM$/);
  });
});
