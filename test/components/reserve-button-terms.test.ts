/** `terms-url`: the consent's label links to the retailer's reservation terms. */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import {
  SKU,
  openToHold,
  part,
  resetReserveState,
  store,
  until,
} from './reserve-button-helpers.js';

async function contactStep(termsUrl: string, lang = 'en'): Promise<AisleReserveButton> {
  const el = await fixture<AisleReserveButton>(
    html`<aisle-reserve-button
      lang=${lang}
      sku=${SKU}
      store=${store.id}
      terms-url=${termsUrl}
    ></aisle-reserve-button>`,
  );
  (await openToHold(el)).click();
  await until(() => part(el, 'form'), 'the contact form');
  return el;
}

const label = (el: AisleReserveButton) =>
  el.shadowRoot!.querySelector('label[for="terms"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<aisle-reserve-button terms-url>', () => {
  beforeEach(resetReserveState);
  afterEach(() => sinon.restore());

  for (const [lang, text, said] of [
    ['en', 'I accept the reservation terms (opens a new tab)', 'reservation terms'],
    ['fr', 'J’accepte les conditions de réservation (nouvel onglet)', 'conditions de réservation'],
  ] as const) {
    it(`links the consent's label to the terms, in a new tab (${lang})`, async () => {
      const el = await contactStep('/legal/reservation-terms', lang);
      const link = part<HTMLAnchorElement>(el, 'terms-link')!;
      expect(link.getAttribute('href')).to.equal('/legal/reservation-terms');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      const shown = [...link.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      expect(
        shown
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ).to.equal(said);
      expect(label(el)).to.equal(text);
      await expect(el).to.be.accessible();
    });
  }

  it('never links a javascript: or data: address, and says so once in the console', async () => {
    const warn = sinon.stub(console, 'warn');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'terms page']) {
      const el = await contactStep(bad);
      expect(part(el, 'terms-link'), bad).to.equal(null);
      expect(label(el)).to.equal('I accept the reservation terms');
      el.remove();
      resetReserveState();
    }
    const said = warn.getCalls().map((c) => String(c.args[0]));
    expect(said.filter((m) => m.includes('terms-url="javascript:alert(1)"'))).to.have.length(1);
  });

  it('is plain text without terms-url', async () => {
    const el = await contactStep('');
    expect(part(el, 'terms-link')).to.equal(null);
    expect(label(el)).to.equal('I accept the reservation terms');
  });

  it('goes back to plain text when the page removes terms-url, the dialog open or not', async () => {
    // A CMS editor clearing the field, a framework setting the prop to null: the dialog broke.
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${store.id}
        terms-url="/terms"
      ></aisle-reserve-button>`,
    );
    el.removeAttribute('terms-url');
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(label(el)).to.equal('I accept the reservation terms');
    el.setAttribute('terms-url', '/terms');
    await el.updateComplete;
    expect(part(el, 'terms-link')).not.to.equal(null);
    (el as unknown as { termsUrl: string | null }).termsUrl = null;
    await el.updateComplete;
    expect(part(el, 'terms-link')).to.equal(null);
    expect(part(el, 'form'), 'the form still there').not.to.equal(null);
  });
});
