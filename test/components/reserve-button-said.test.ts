/**
 * What a screen reader is given as the reserve dialog's steps change: where the focus lands (the
 * element's name and description) and what the dialog's live regions take on. Each step's news is
 * said once, not by the focus and a live region both.
 */
import { expect } from '@open-wc/testing';
import { holdAnswers } from '../helpers/mock-api.js';
import { reserveMessages } from '../../src/i18n/messages/reserve.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import {
  description,
  holdAndFill,
  mount,
  nextTask,
  openToHold,
  part,
  resetReserveState,
  submit,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * From now on: each element the focus moves to in the dialog (its name and description, read as
 * it takes the focus), and each text a live region in the dialog takes on (a region added with
 * its text counts: screen readers say it).
 */
function listen(el: AisleReserveButton) {
  const root = el.shadowRoot!;
  const focus: { name: string; description: string }[] = [];
  const live: string[] = [];
  root.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const name = target.getAttribute('aria-label') ?? spaced(target.textContent ?? '');
    focus.push({ name, description: description(el, target) });
  });
  const said = new Map<Element, string>();
  const read = () => {
    const regions = root.querySelectorAll(
      'dialog :is([role="status"], [role="alert"], [aria-live])',
    );
    for (const region of regions) {
      const now = spaced(region.textContent ?? '');
      if (now && now !== said.get(region)) live.push(now);
      said.set(region, now);
    }
  };
  read();
  live.length = 0; // what was already there is not news
  new MutationObserver(read).observe(root, { subtree: true, childList: true, characterData: true });
  return { focus, live };
}

/** The focus and the renders settled. */
async function settled(el: AisleReserveButton): Promise<void> {
  await el.updateComplete;
  await nextTask();
  await el.updateComplete;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('<aisle-reserve-button> what a screen reader is told, once', () => {
  for (const lang of ['en', 'fr'] as const) {
    const m = reserveMessages[lang];

    /**
     * The held step is said once, by the focus: its heading, described by what is held and by
     * the countdown.
     */
    function expectHeldSaid(el: AisleReserveButton, heard: ReturnType<typeof listen>): void {
      expect(
        el.shadowRoot!.activeElement === part(el, 'step'),
        'the focus on the heading',
      ).to.equal(true);
      const [before, after] = m.reserveHeldFor('@').replace(/\s+/g, ' ').split('@').map(escaped);
      expect(heard.focus, 'the focus moves once').to.have.length(1);
      expect(heard.focus[0]!.name).to.equal(m.reserveStepContact);
      const held = escaped(spaced(part(el, 'summary')!.textContent ?? ''));
      expect(held, 'what is held').to.match(/ · /);
      expect(heard.focus[0]!.description).to.match(
        new RegExp(`^${held} ${before}\\S.*\\d.*${after}$`),
      );
      expect(heard.live, 'nothing said twice').to.deep.equal([]);
    }

    it(`"Hold it" keeps the focus while it holds; the held step's heading then takes it, described by what is held and the countdown, and no live region says it again (${lang})`, async () => {
      const el = await mount(lang);
      const hold = await openToHold(el);
      const answer = holdAnswers('post', '/holds', 1);
      hold.focus(); // as the shopper pressing it
      hold.click();
      await until(() => el.step === 'holding', 'the hold asked');
      await settled(el);
      expect(hold.textContent!.trim()).to.equal(m.reserveHolding);
      const focused = el.shadowRoot!.activeElement;
      expect(focused === hold, 'the focus stays on "Holding…"').to.equal(true);
      const heard = listen(el);
      answer();
      await until(() => heard.focus.length, 'the focus to move');
      await settled(el);
      expectHeldSaid(el, heard);
    });

    // A click that focuses no button (Safari), on "Hold it" or "Hold it again": the focus is on
    // the step's heading as the hold is asked (where the dialog put it, or where it goes from the
    // page). The held step is said as on the keyboard path, not by the live region instead.
    for (const from of ['the heading', 'the page'] as const) {
      it(`a click that leaves the focus on ${from}: the held step's heading is said the same way, once (${lang})`, async () => {
        const el = await mount(lang);
        const hold = await openToHold(el);
        const answer = holdAnswers('post', '/holds', 1);
        if (from === 'the heading') part(el, 'step')!.focus();
        else (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
        hold.click();
        await until(() => el.step === 'holding', 'the hold asked');
        await settled(el);
        expect(
          el.shadowRoot!.activeElement === part(el, 'step'),
          'the heading has the focus while it holds',
        ).to.equal(true);
        const heard = listen(el);
        answer();
        await until(() => el.step === 'contact', 'the held step');
        await settled(el);
        expectHeldSaid(el, heard);
      });
    }

    it(`the cancelled step names its code, is no step of the flow, and is said once as the focus lands on its heading (${lang})`, async () => {
      const el = await mount(lang);
      await holdAndFill(el);
      submit(el);
      await until(() => part(el, 'cancel'), 'the confirmation');
      const code = part(el, 'code')!.textContent!.trim();
      const cancel = part<HTMLButtonElement>(el, 'cancel')!;
      cancel.focus();
      cancel.click(); // asks
      await settled(el);
      const heard = listen(el);
      cancel.click(); // "Yes, cancel it"
      await until(() => part(el, 'another'), 'the cancelled step');
      await until(() => heard.focus.length, 'the focus to move');
      await settled(el);
      // Seen: a heading and the status line, which names the reservation; no "Step 3 of 3".
      const header = spaced(el.shadowRoot!.querySelector('dialog header')!.textContent!);
      expect(header).not.to.include(m.reserveStepOf(3, 3));
      expect(part(el, 'cancelled')!.textContent).to.include(code);
      expect(spaced(part(el, 'step')!.textContent!)).to.equal(m.reserveStepCancelled);
      expect(spaced(part(el, 'cancelled')!.textContent!)).to.equal(m.reserveCancelled(code));
      // Heard: the heading by the name it shows (WCAG 2.5.3), then the sentence, once.
      expect(
        el.shadowRoot!.activeElement === part(el, 'step'),
        'the focus on the heading',
      ).to.equal(true);
      expect(part(el, 'step')!.hasAttribute('aria-label'), 'named by its text').to.equal(false);
      expect(heard.focus).to.deep.equal([
        { name: m.reserveStepCancelled, description: m.reserveCancelled(code) },
      ]);
      expect(heard.live, 'nothing said twice').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
