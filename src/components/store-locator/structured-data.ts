/**
 * schema.org `Store` JSON-LD for the listed stores (local SEO), written into the light DOM as
 * `<script type="application/ld+json">` through `textContent`, escaped so that no value can close
 * the script element.
 */
import type { Store, Weekday } from '../../client/types.js';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

interface HoursSpec {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

/** Weekly hours grouped by identical opening times, then one entry per dated exception. */
function openingHours(store: Store): HoursSpec[] {
  const groups = new Map<string, HoursSpec>();
  for (const { day, opens, closes } of store.hours.weekly) {
    const key = `${opens}-${closes}`;
    let spec = groups.get(key);
    if (!spec) {
      spec = { '@type': 'OpeningHoursSpecification', dayOfWeek: [], opens, closes };
      groups.set(key, spec);
    }
    spec.dayOfWeek!.push(`https://schema.org/${DAY_NAMES[day]}`);
  }
  const specs = [...groups.values()];
  for (const ex of store.hours.exceptions) {
    // schema.org: a closed day is opens = closes = 00:00 over that date.
    const closed = ex.closed || !ex.opens || !ex.closes;
    specs.push({
      '@type': 'OpeningHoursSpecification',
      opens: closed ? '00:00' : ex.opens!,
      closes: closed ? '00:00' : ex.closes!,
      validFrom: ex.date,
      validThrough: ex.date,
    });
  }
  return specs;
}

/** One schema.org `Store` object. */
export function storeJsonLd(store: Store): Record<string, unknown> {
  const { address } = store;
  const hours = openingHours(store);
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Store',
    '@id': store.url ? `${store.url}#store` : `#aisle-store-${store.id}`,
    name: store.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [address.line1, address.line2].filter(Boolean).join(', '),
      postalCode: address.postalCode,
      addressLocality: address.city,
      ...(address.region ? { addressRegion: address.region } : {}),
      addressCountry: address.country,
    },
    geo: {
      '@type': 'GeoCoordinates',
      latitude: store.location.lat,
      longitude: store.location.lng,
    },
    // No hours published (`weekly: []`, no dated exception): none claimed, not an empty list.
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
  };
  if (store.phone) out.telephone = store.phone;
  if (store.email) out.email = store.email;
  if (store.url) out.url = store.url;
  return out;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` become `\u003c`-style escapes
 * (still the same JSON value), so "</script>" or "<!--" in data cannot end or alter the element.
 * U+2028/2029 are escaped too for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const MARKER = 'data-aisle-store-locator';

interface ScriptPolicy {
  createScript(text: string): string;
}
let policy: ScriptPolicy | null | undefined;

/**
 * The script text as pages with Trusted Types (`require-trusted-types-for 'script'`) accept it:
 * through the `aisle-jsonld` policy, which only ever passes `serializeJsonLd` output (escaped
 * JSON). A page whose `trusted-types` directive leaves that name out gets no JSON-LD and one
 * console warning.
 */
function scriptText(text: string): string | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: ScriptPolicy): never } })
    .trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('aisle-jsonld', { createScript: (s) => s });
    } catch {
      policy = null;
      console.warn(`[aisle] structured-data needs "aisle-jsonld" in the page's trusted-types.`);
    }
  }
  return policy?.createScript(text);
}

/**
 * Writes (or, with no stores, removes) the host's JSON-LD script in the light DOM. Search engines
 * read light DOM only, hence not the shadow root.
 */
export function writeStructuredData(host: HTMLElement, stores: readonly Store[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  const text = stores?.length
    ? serializeJsonLd(stores.length === 1 ? storeJsonLd(stores[0]!) : stores.map(storeJsonLd))
    : '';
  // No stores, or a page whose Trusted Types refuse the policy: no script (never an empty one).
  const trusted = text && scriptText(text);
  if (!trusted) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  if (script.textContent !== text) script.textContent = trusted;
}
