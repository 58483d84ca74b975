/**
 * Scenario switches: latency and faults, applied at run time to every endpoint or to the ones
 * named in `only`, for the next `times` matching requests or until changed.
 */
import { delay } from 'msw';
import { prng } from '../data/prng.js';
import { problemResponse } from './problems.js';
import type { EndpointName } from './state.js';

export interface MockScenario {
  /** Milliseconds added before every answer (timers: fake clocks must tick them). */
  latency?: number;
  /** Every request answers 500 `internal_error`. */
  status500?: boolean;
  /** A share (0 to 1) of requests answer 500 `internal_error`, seeded. */
  errorRate?: number;
  /** 503 `service_unavailable` with `Retry-After: <retryAfter>` (seconds). */
  serviceUnavailable?: { retryAfter: number };
  /** 429 `rate_limited` with `Retry-After: <retryAfter>` (seconds). */
  rateLimited?: { retryAfter: number };
  /** 200 with a truncated JSON body. */
  malformedJson?: boolean;
  /** 2xx answers with well-formed JSON that breaks the schema (status "maybe", quantity "-3"). */
  invalidSchema?: boolean;
  /** A network error (fetch rejects). */
  offline?: boolean;
  /** Store searches (and availability near a point) find nothing. */
  emptyStores?: boolean;
  /** The endpoint(s) the scenario applies to; all when absent. */
  only?: EndpointName | EndpointName[];
  /** The scenario applies to the next `times` matching requests, then the mock recovers. */
  times?: number;
}

/** What the scenario decided for one request. */
export interface Fault {
  latency: number;
  /** A response that replaces the handler's answer (the handler does not run). */
  response?: Response;
  invalidSchema: boolean;
  emptyStores: boolean;
}

export class ScenarioSwitch {
  private current: MockScenario = {};
  private random = prng(7);

  set(scenario: MockScenario = {}): void {
    this.current = { ...scenario };
    this.random = prng(7);
  }

  get(): MockScenario {
    return { ...this.current };
  }

  /** Decides the fault for a request to `endpoint`; undefined when none applies. */
  take(endpoint: EndpointName, lang: string | null): Fault | undefined {
    const s = this.current;
    const only = s.only === undefined ? undefined : ([] as EndpointName[]).concat(s.only);
    if (only && !only.includes(endpoint)) return undefined;
    if (s.times !== undefined && s.times <= 0) return undefined;
    const fault: Fault = {
      latency: s.latency ?? 0,
      invalidSchema: !!s.invalidSchema,
      emptyStores:
        !!s.emptyStores && (endpoint === 'searchStores' || endpoint === 'getAvailability'),
    };
    if (s.offline) fault.response = Response.error();
    else if (s.status500 || (s.errorRate && this.random() < s.errorRate)) {
      fault.response = problemResponse('internal_error', 'Scenario: internal error', lang);
    } else if (s.serviceUnavailable) {
      fault.response = problemResponse(
        'service_unavailable',
        'Scenario: down for maintenance',
        lang,
        {},
        {
          'Retry-After': String(s.serviceUnavailable.retryAfter),
        },
      );
    } else if (s.rateLimited) {
      fault.response = problemResponse(
        'rate_limited',
        'Scenario: rate limited',
        lang,
        {},
        {
          'Retry-After': String(s.rateLimited.retryAfter),
        },
      );
    } else if (s.malformedJson) {
      fault.response = new Response('{"stores": [{"id": "broken", "name": ', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const active = fault.latency > 0 || fault.response || fault.invalidSchema || fault.emptyStores;
    if (!active) return undefined;
    if (s.times !== undefined) s.times--;
    return fault;
  }

  async wait(fault: Fault): Promise<void> {
    if (fault.latency > 0) await delay(fault.latency);
  }
}

/** Breaks a valid JSON body against the schema, the way a lying back end would. */
export function corrupt(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(corrupt);
  if (!body || typeof body !== 'object') return body;
  const o = { ...(body as Record<string, unknown>) };
  for (const key of ['stores', 'availability', 'slots']) {
    if (Array.isArray(o[key])) o[key] = (o[key] as unknown[]).map(corrupt);
  }
  if ('status' in o) o.status = 'maybe';
  if ('quantity' in o || 'sku' in o) o.quantity = '-3';
  if ('remaining' in o) o.remaining = '-3';
  if ('location' in o) o.location = { lat: 'north', lng: null };
  if ('expiresAt' in o) o.expiresAt = 'soon';
  if ('code' in o && 'readyAt' in o) o.readyAt = 'tomorrow-ish';
  return o;
}
