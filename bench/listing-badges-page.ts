/**
 * The page bench/listing-badges.mjs drives: 100 `<aisle-stock-badge>` on the shopper's store, as
 * the demo's listing page has them. The badge and `configure()` are whichever the HTML page
 * imported: the code of this tree (bench/listing-badges.html) or of the baseline commit
 * (bench/.baseline/, written by the driver). The mock API answers once, in an unmeasured run;
 * measured runs get the same answers replayed (a `fetch` handed to `configure()`), so the
 * figures are the badges' work, not the mock's.
 */
import { getResponse } from 'msw';
import { createMockApi } from '../src/mocks/mock-api.js';
import { badgesSettled, productCards } from './lib/listing.js';
import { exposeLongTasks } from './lib/long-tasks.js';

type Configure = (values: { fetch?: typeof fetch }) => void;
type Answer = { status: number; headers: [string, string][]; body: string };

const page = window as unknown as Record<string, unknown>;
const BADGES = 100;
const mock = createMockApi();
const answers = new Map<string, Answer>();
const requests: string[] = [];
let run = 0;

/** The request's path and query after its API base (each run has its own base, so its own client). */
const keyOf = (url: string) => url.replace(/^.*?\/v1(?=[/?])/, '');

async function recording(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const key = keyOf(request.url);
  const mocked = new Request(`${location.origin}/aisle-api/v1${key}`, request);
  const response =
    (await getResponse(mock.handlers, mocked)) ?? new Response(null, { status: 599 });
  answers.set(key, {
    status: response.status,
    headers: [...response.headers],
    body: await response.clone().text(),
  });
  return response;
}

async function replaying(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const key = keyOf(new Request(input, init).url);
  requests.push(key);
  const answer = answers.get(key);
  if (!answer) return recording(input, init);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** 100 badges under their own `api` (a new client: no cache from an earlier run). */
async function mount(): Promise<void> {
  run += 1;
  const config = document.createElement('aisle-config');
  config.setAttribute('api', `/run-${run}/v1`);
  // An API other than the page's keeps its own shopper's store (README, "Two copies on one page").
  localStorage.setItem(`aisle:my-store /run-${run}/v1`, localStorage.getItem('aisle:my-store')!);
  const list = document.createElement('ul');
  list.append(...productCards(BADGES));
  config.append(list);
  document.body.replaceChildren(config);
  await badgesSettled();
}

export function listingBench(configure: Configure): void {
  exposeLongTasks(page);
  /** Records the mock's answers with one unmeasured run at the shopper's store `storeId`. */
  page.prepare = async (storeId: string) => {
    localStorage.setItem('aisle:my-store', storeId);
    configure({ fetch: recording });
    await mount();
    configure({ fetch: replaying });
    await mount(); // warm: modules, templates and formatters compiled
    document.body.replaceChildren();
  };
  /** One measured run: the badges' statuses and the availability requests it made. */
  page.run = async () => {
    requests.length = 0;
    await mount();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const statuses: Record<string, number> = {};
    for (const b of document.querySelectorAll('aisle-stock-badge')) {
      const s = b.getAttribute('status')!;
      statuses[s] = (statuses[s] ?? 0) + 1;
    }
    return { statuses, requests: [...requests] };
  };
  /** What the minute ticker asks of a shown page: every badge updated again (nothing changed). */
  page.tick = async () => {
    const badges = [...document.querySelectorAll('aisle-stock-badge')] as Array<
      HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> }
    >;
    for (const badge of badges) badge.requestUpdate();
    await Promise.all(badges.map((badge) => badge.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  };
  page.benchReady = true;
}
