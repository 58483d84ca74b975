/**
 * A screen reader hears "Loading…" once per wait as the store picker opens and searches: one live
 * region says it at a time, and no second region starts saying it for the same wait. The store
 * picker is defined once per page (wtr gives each file one): the first test holds its code back,
 * the second opens it with its code already there (no wait at all, so no "Loading…").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { setPickerLoaderForTests } from '../../src/components/store-picker/picker-loader.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { myStore } from '../../src/state/my-store.js';
import { holdAnswers } from '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { openDialog, part, resetReserveState, SKU } from './reserve-button-helpers.js';

const LOADING = [en.loading, fr.loading];

/** Every live region under `root`, through shadow roots. */
function liveRegions(root: Document | ShadowRoot, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    const live = el.getAttribute('aria-live');
    if (/^(status|alert|log)$/.test(el.getAttribute('role') ?? '') || (live && live !== 'off')) {
      found.push(el);
    }
    if (el.shadowRoot) liveRegions(el.shadowRoot, found);
  }
  return found;
}

/** The live regions a screen reader has (rendered: not hidden, not unslotted) saying "Loading…". */
function sayingLoading(): Element[] {
  return liveRegions(document).filter(
    (r) => r.checkVisibility() && LOADING.some((l) => r.textContent!.includes(l)),
  );
}

/**
 * Looks at the page at each change of its DOM (every shadow root included, a MutationObserver per
 * root, from its attachment on): `most` is the most regions saying "Loading…" at one moment; `said` counts each time a
 * region starts saying it (appears with it, or changes to it). `take()` gives what was said since
 * the last call.
 */
function listen() {
  const observer = new MutationObserver(() => look());
  const observed = new WeakSet<Node>();
  let before = new Set<Element>();
  let said = 0;
  let most = 0;
  const observe = (root: Document | ShadowRoot) => {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) observe(el.shadowRoot);
  };
  const look = () => {
    observe(document); // shadow roots that came since
    const now = new Set(sayingLoading());
    for (const region of now) if (!before.has(region)) said++;
    most = Math.max(most, now.size);
    before = now;
  };
  // A shadow root is watched from its start (the picker's first renders happen inside it).
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    observe(root);
    return root;
  };
  observe(document);
  look();
  return {
    take() {
      look();
      const taken = { said, most };
      said = 0;
      most = before.size;
      return taken;
    },
    stop() {
      Element.prototype.attachShadow = attachShadow;
      observer.disconnect();
    },
  };
}

let listener: ReturnType<typeof listen> | undefined;

beforeEach(() => {
  resetReserveState();
  resetClientsForTests();
  myStore().set(null, 'none');
});
afterEach(() => {
  listener?.stop();
  setPickerLoaderForTests();
});

/** Searches "Lyon" in `picker` with the answer held back; then lets it come and waits for it. */
async function search(picker: Element, heard: ReturnType<typeof listen>) {
  const answer = holdAnswers('get', '/stores');
  const root = picker.shadowRoot!;
  root.querySelector('input')!.value = 'Lyon';
  root.querySelector('form')!.requestSubmit();
  await waitUntil(() => sayingLoading().length, 'the search to say "Loading…"');
  answer();
  await waitUntil(() => root.querySelector('[part="results"] button'), 'the results');
  expect(heard.take(), 'searching').to.deep.equal({ said: 1, most: 1 });
  // The results count is still said by the picker's status region.
  expect(root.querySelector('[role="status"]')!.textContent).to.match(/^\d+ (stores?|magasins?) /);
}

describe('"Loading…" as the store picker opens', () => {
  it('is said once while its code loads, once while it searches (badge, French)', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    setPickerLoaderForTests(() =>
      held.then(() => import('../../src/components/store-picker/define.js')),
    );
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="fr" sku=${SKU}></aisle-stock-badge>`,
    );
    const root = badge.shadowRoot!;
    const heard = (listener = listen());
    root.querySelector<HTMLButtonElement>('[part="action"]')!.click();
    await badge.updateComplete;
    expect(sayingLoading().map((r) => r.textContent)).to.deep.equal([fr.loading]);
    release();
    const picker = root.querySelector('aisle-store-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input'), 'the picker');
    await badge.updateComplete;
    await picker.updateComplete;
    expect(heard.take(), 'its code loading, then the picker showing').to.deep.equal({
      said: 1,
      most: 1,
    });
    expect(sayingLoading()).to.deep.equal([]);
    await search(picker, heard);
  });

  it('is not said when the picker opens with its code there; once per wait after (reserve dialog, no store)', async () => {
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU}></aisle-reserve-button>`,
    );
    const heard = (listener = listen());
    await openDialog(el);
    const picker = el.shadowRoot!.querySelector('aisle-store-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input'), 'the picker');
    await picker.updateComplete;
    expect(heard.take(), 'the picker opening').to.deep.equal({ said: 0, most: 0 });
    await search(picker, heard);
    // The store chosen: its stock and slots load; the dialog's own status says so, once.
    const stock = holdAnswers('get', '/availability');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="results"] button')!.click();
    await waitUntil(() => sayingLoading().length, 'the store step to say "Loading…"');
    stock();
    await waitUntil(() => part(el, 'hold') ?? part(el, 'change-store'), 'the store step');
    expect(heard.take(), 'the chosen store loading').to.deep.equal({ said: 1, most: 1 });
  });
});
