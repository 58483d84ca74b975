/**
 * Values that are valid but probably not what the editor means. Unlike problems (check.ts), a
 * warning never withholds the snippet: it explains what the element will do. Pure.
 */
import { SERVICES } from '../../src/mocks/data/services.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { check } from './check.js';
import type { ElementSpec } from './fields.js';
import type { Values } from './snippet.js';

export type Warning =
  /** `near` and `query` are both set: the locator starts at `near` and never searches `query`. */
  | { kind: 'near-wins' }
  /** Service ids the mock's stores never have: the preview would list no store. */
  | { kind: 'unknown-services'; ids: string[]; known: readonly string[] }
  /** A store id the mock does not have: the preview would say the store is not known. */
  | { kind: 'unknown-store'; id: string }
  /** SKUs the mock does not have: the preview would show their stock as unknown. */
  | { kind: 'unknown-skus'; ids: string[] }
  /** The script address is still the example one: the snippet would load nothing. */
  | { kind: 'example-script' }
  /** The API address is on an example domain: the elements would ask nobody. */
  | { kind: 'example-api' }
  /** `mock` is ticked: the elements use the built-in mock and never ask `api`. */
  | { kind: 'mock-wins' };

/** The configurator's example script address (a placeholder, served by nobody). */
export const EXAMPLE_SCRIPT = 'https://cdn.example.com/aisle/0.1.0/aisle.js';

/** Whether an address (or a path on the site) is on an example domain, which serves nothing. */
function isExample(url: string): boolean {
  try {
    return /(^|\.)example\.(com|org|net)$/.test(new URL(url, 'https://localhost/').hostname);
  } catch {
    return false; // not a URL: check.ts says so
  }
}

/** A warning for the script address, when it is still on an example domain. */
export function scriptWarning(url: string): Warning | undefined {
  return isExample(url) ? { kind: 'example-script' } : undefined;
}

const MOCK_SERVICES: ReadonlySet<string> = new Set(SERVICES);
let mockIds: { stores: ReadonlySet<string>; skus: ReadonlySet<string> } | undefined;

/**
 * The store ids and SKUs of the mock the preview runs on (the demo page loads it anyway, to
 * serve the preview): a retailer's API may have others, so these only warn.
 */
function mockKnows(): { stores: ReadonlySet<string>; skus: ReadonlySet<string> } {
  return (mockIds ??= {
    stores: new Set(mockApi.stores.map((s) => s.id)),
    skus: new Set(mockApi.products.map((p) => p.sku)),
  });
}

/** The ids of a comma list that `known` lacks, each once. */
function unknownIn(list: string, known: ReadonlySet<string>): string[] {
  const ids = list.split(',').map((s) => s.trim());
  return [...new Set(ids.filter((s) => s && !known.has(s)))];
}

/** Whether the attribute has a value that goes into the snippet. */
function filled(spec: ElementSpec, values: Values, attribute: string): string {
  const field = spec.fields.find((f) => f.attribute === attribute);
  const value = (values[attribute] ?? '').trim();
  return field && value && check(field, value) === null ? value : '';
}

/** The warnings of the current values, by the attribute they are shown on. */
export function warningsFor(spec: ElementSpec, values: Values): Map<string, Warning> {
  const out = new Map<string, Warning>();
  const api = filled(spec, values, 'api');
  // The snippet keeps both, but an element with `mock` never asks `api`, example or not.
  if (api && values['mock'] === 'true') out.set('api', { kind: 'mock-wins' });
  else if (api && isExample(api)) out.set('api', { kind: 'example-api' });
  // A store id may hold a comma: it is one id.
  const store = filled(spec, values, 'store');
  if (store && !mockKnows().stores.has(store))
    out.set('store', { kind: 'unknown-store', id: store });
  for (const attribute of ['sku', 'skus']) {
    const ids = unknownIn(filled(spec, values, attribute), mockKnows().skus);
    if (ids.length) out.set(attribute, { kind: 'unknown-skus', ids });
  }
  if (spec.tag !== 'aisle-store-locator') return out;
  if (filled(spec, values, 'near') && filled(spec, values, 'query')) {
    out.set('query', { kind: 'near-wins' });
  }
  const unknown = unknownIn(filled(spec, values, 'services'), MOCK_SERVICES);
  if (unknown.length)
    out.set('services', { kind: 'unknown-services', ids: unknown, known: SERVICES });
  return out;
}
