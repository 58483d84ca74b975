/**
 * Values that are valid but probably not what the editor means. Unlike problems (check.ts), a
 * warning never withholds the snippet: it explains what the element will do. Pure.
 */
import { SERVICES } from '../../src/mocks/data/services.js';
import { check } from './check.js';
import type { ElementSpec } from './fields.js';
import type { Values } from './snippet.js';

export type Warning =
  /** `near` and `query` are both set: the locator starts at `near` and never searches `query`. */
  | { kind: 'near-wins' }
  /** Service ids the mock's stores never have: the preview would list no store. */
  | { kind: 'unknown-services'; ids: string[]; known: readonly string[] }
  /** The script address is still the example one: the snippet would load nothing. */
  | { kind: 'example-script' };

/** The configurator's example script address (a placeholder, served by nobody). */
export const EXAMPLE_SCRIPT = 'https://cdn.example.com/aisle/0.1.0/aisle.js';

/** A warning for the script address, when it is still on an example domain. */
export function scriptWarning(url: string): Warning | undefined {
  try {
    const host = new URL(url, 'https://localhost/').hostname;
    return /(^|\.)example\.(com|org|net)$/.test(host) ? { kind: 'example-script' } : undefined;
  } catch {
    return undefined; // not a URL: check.ts says so
  }
}

const MOCK_SERVICES: ReadonlySet<string> = new Set(SERVICES);

/** Whether the attribute has a value that goes into the snippet. */
function filled(spec: ElementSpec, values: Values, attribute: string): string {
  const field = spec.fields.find((f) => f.attribute === attribute);
  const value = (values[attribute] ?? '').trim();
  return field && value && check(field, value) === null ? value : '';
}

/** The warnings of the current values, by the attribute they are shown on. */
export function warningsFor(spec: ElementSpec, values: Values): Map<string, Warning> {
  const out = new Map<string, Warning>();
  if (spec.tag !== 'aisle-store-locator') return out;
  if (filled(spec, values, 'near') && filled(spec, values, 'query')) {
    out.set('query', { kind: 'near-wins' });
  }
  const services = filled(spec, values, 'services');
  const unknown = services
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !MOCK_SERVICES.has(s));
  if (unknown.length) {
    out.set('services', { kind: 'unknown-services', ids: [...new Set(unknown)], known: SERVICES });
  }
  return out;
}
