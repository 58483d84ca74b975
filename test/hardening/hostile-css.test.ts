/**
 * Hostile pages, CSS: aggressive inherited text styles and light-DOM rules that hit the host
 * element itself must not resize anything inside the components; on a `direction: rtl` page
 * they keep their left-to-right layout without overflow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/reserve-button/define.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import '../../src/components/store-locator/define.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { nextTask, until } from './harness.js';

const SKU = 'AISLE-0001';
const store = mockApi.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;

/** Inherited from an ancestor: every text property a careless theme sets on `body`. */
const INHERITED = `
  .hostile {
    font-size: 31px; line-height: 4; text-transform: uppercase; letter-spacing: 7px;
    word-spacing: 20px; font-style: italic; font-weight: 900; text-indent: 50px;
    white-space: pre; text-align: right; font-variant: small-caps; font-stretch: condensed;
    text-decoration: underline; font-kerning: none; tab-size: 20; hyphens: auto;
  }`;
/** Rules that match the host element itself (a reset stylesheet, a `*` rule with !important). */
const ON_HOST = `
  .hostile * {
    font-size: 31px !important; line-height: 4 !important; text-transform: uppercase !important;
    letter-spacing: 7px !important; word-spacing: 20px !important; font-style: italic !important;
    font-weight: 900 !important; text-indent: 50px !important; white-space: pre !important;
    text-align: right !important;
  }`;

interface Case {
  name: string;
  template: TemplateResult;
  ready(el: HTMLElement): unknown;
}

const CASES: Case[] = [
  {
    name: '<aisle-stock-badge>',
    template: html`<aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>`,
    ready: (el) => (el as AisleStockBadge).status === 'in-stock',
  },
  {
    name: '<aisle-reserve-button>',
    template: html`<aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>`,
    ready: (el) => el.shadowRoot!.querySelector('[part~="button"]'),
  },
  {
    name: '<aisle-store-locator>',
    template: html`<aisle-store-locator
      no-map
      near="48.8566,2.3522"
      limit="3"
      sku=${SKU}
    ></aisle-store-locator>`,
    ready: (el) =>
      el.shadowRoot!.querySelectorAll('article.store').length === 3 &&
      !el.shadowRoot!.querySelector('[part~="store-stock"]')?.textContent?.includes('…'),
  },
];

type Box = { part: string; x: number; y: number; w: number; h: number };

/** Every part's box, relative to the host's top left corner. */
function metrics(el: HTMLElement): Box[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('[part]')]
    .map((p) => {
      const r = p.getBoundingClientRect();
      return {
        part: p.getAttribute('part')!,
        x: Math.round(r.left - host.left),
        y: Math.round(r.top - host.top),
        w: Math.round(r.width),
        h: Math.round(r.height),
      };
    })
    .filter((b) => b.w > 0 || b.h > 0);
}

type Key = 'x' | 'y' | 'w' | 'h';

function expectSameLayout(
  clean: Box[],
  now: Box[],
  what: string,
  keys: readonly Key[] = ['x', 'y', 'w', 'h'],
): void {
  expect(
    now.map((b) => b.part),
    `${what}: the same parts`,
  ).to.deep.equal(clean.map((b) => b.part));
  clean.forEach((c, i) => {
    const n = now[i]!;
    for (const k of keys) {
      expect(Math.abs(n[k] - c[k]), `${what}: ${c.part}.${k} (${c[k]} → ${n[k]})`).to.be.at.most(1);
    }
  });
}

async function frame(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await nextTask();
}

describe('hostile pages: CSS', () => {
  let sheet: HTMLStyleElement;

  beforeEach(() => {
    resetClientsForTests();
    sessionStorage.clear();
    myStore().set(null, 'none');
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    sheet = document.createElement('style');
    document.head.append(sheet);
  });

  afterEach(() => sheet.remove());

  for (const c of CASES) {
    // Rules on the host element itself also set the line box the host sits in (its strut,
    // text-align, text-indent), which can move the whole component inside its own box: sizes
    // must not change, positions are the page's business there.
    for (const [label, css, keys] of [
      ['inherited text styles', INHERITED, ['x', 'y', 'w', 'h']],
      ['!important rules on the host element', ON_HOST, ['w', 'h']],
    ] as const) {
      it(`${c.name}: ${label} change no part's ${keys.length === 4 ? 'box' : 'size'}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 640px">${c.template}</div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement;
        await until(() => c.ready(el), `${c.name} ready`);
        await frame();
        const clean = metrics(el);
        expect(clean.length).to.be.at.least(1);
        sheet.textContent = css;
        wrapper.classList.add('hostile');
        await frame();
        expectSameLayout(clean, metrics(el), label, keys);
      });
    }

    // Aisle's languages (English, French) are left-to-right: on a right-to-left page the
    // component keeps its own direction (phone numbers and distances stay readable), so its
    // parts keep their boxes, and nothing overflows.
    it(`${c.name}: on a direction rtl page it keeps its layout, without overflow`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 640px">${c.template}</div>`,
      );
      const el = wrapper.firstElementChild as HTMLElement;
      await until(() => c.ready(el), `${c.name} ready`);
      await frame();
      const ltr = metrics(el);
      wrapper.dir = 'rtl';
      await frame();
      const host = el.getBoundingClientRect();
      expectSameLayout(ltr, metrics(el), 'rtl');
      for (const p of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
        const r = p.getBoundingClientRect();
        if (!r.width) continue;
        expect(r.left, `${p.getAttribute('part')} inside on the left`).to.be.at.least(
          host.left - 1,
        );
        expect(r.right, `${p.getAttribute('part')} inside on the right`).to.be.at.most(
          host.right + 1,
        );
        expect(p.scrollWidth, `${p.getAttribute('part')} does not overflow`).to.be.at.most(
          p.clientWidth + 1,
        );
      }
    });
  }
});
