/**
 * The fetch wrapper under the REST provider: URL building, headers, a per-attempt timeout joined
 * with the caller's AbortSignal, retries for GET only (exponential backoff with full jitter,
 * honouring `Retry-After`), and the mapping of every failure onto `AisleApiError`.
 */
import { isDotSegment } from './ids.js';
import { AisleApiError, abortedError, isRetryable } from './errors.js';
import { readProblem } from './validate.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Base URL of the API, absolute or relative to the page; no trailing slash needed. */
  api: string;
  apiKey?: string;
  /** Sent as `Accept-Language` when set. */
  locale?: string;
  /** A retailer's own fetch; default: the page's `fetch` at call time. */
  fetch?: FetchLike;
  /**
   * Per attempt, in ms. Default 8000. All of a GET's attempts and waits take at most one and a
   * half times this (12 s): no retry starts that would have less than an eighth of it (1 s) left,
   * and the last attempt's timeout is cut to what is left.
   */
  timeoutMs?: number;
  /** Extra attempts for GET. Default 2. POST and DELETE are never retried automatically. */
  retries?: number;
  /** First backoff ceiling in ms (doubles each retry). Default 300. */
  backoffMs?: number;
  /** Largest backoff ceiling in ms. Default 5000. */
  maxBackoffMs?: number;
  /** Longest `Retry-After` honoured, in ms; a longer one ends the retries. Default 10000. */
  maxRetryAfterMs?: number;
  /** Injected for deterministic tests: a number in [0, 1). */
  random?: () => number;
  /** Injected for deterministic tests; must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for `Retry-After` HTTP dates. */
  now?: () => number;
}

export type QueryValue = string | number | boolean | string[] | undefined;

export interface TransportRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the base URL, segments already encoded, starting with "/". */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  keepalive?: boolean;
  /** Called with each answer's `Response` before its body is read (its headers, for one). */
  onResponse?: (response: Response) => void;
}

export interface Transport {
  /** Resolves with the parsed JSON body (undefined when there is none, e.g. 204). */
  request(req: TransportRequest): Promise<unknown>;
  /** The full URL a request would use (for URL-length caps). */
  url(path: string, query?: Record<string, QueryValue>): string;
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_RETRIES = 2;

/** The `signal` of request options, as a spread (absent when there is none). */
export function signalOf(options?: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options?.signal ? { signal: options.signal } : {};
}

/**
 * Encodes one path segment (ids may hold "/", "?" or spaces). "." and ".." would move the URL to
 * another endpoint (even encoded, URLs read them as dot segments): refused.
 */
export function segment(value: string): string {
  if (isDotSegment(value))
    throw new AisleApiError('invalid-response', `Refusing the id "${value}".`, {
      code: 'invalid_response',
    });
  return encodeURIComponent(value);
}

/**
 * Builds a query string. Lists are joined with literal commas after encoding each item, as the
 * contract writes them (`skus=A,B`); undefined values and empty lists are left out.
 */
export function queryString(query: Record<string, QueryValue> = {}): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const text = Array.isArray(value)
      ? value.map(encodeURIComponent).join(',')
      : encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined if absent or bad. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createTransport(options: TransportOptions): Transport {
  const base = options.api.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const backoffMs = options.backoffMs ?? 300;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;

  const url = (path: string, query?: Record<string, QueryValue>) =>
    `${base}${path}${queryString(query)}`;

  function headersFor(req: TransportRequest): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.locale) headers['Accept-Language'] = options.locale;
    if (options.apiKey) headers.Authorization = `Bearer ${options.apiKey}`;
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    return { ...headers, ...req.headers };
  }

  /** One attempt, bounded by `timeoutMs` and the caller's signal. */
  async function attempt(req: TransportRequest, timeoutMs: number): Promise<unknown> {
    const controller = new AbortController();
    let timedOut = false;
    let cancel!: (e: AisleApiError) => void;
    // Races the work, so a custom fetch that ignores `signal` still cannot hang the caller.
    const cancelled = new Promise<never>((_, reject) => (cancel = reject));
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      cancel(
        new AisleApiError('timeout', `No answer within ${timeoutMs} ms.`, { code: 'timeout' }),
      );
    }, timeoutMs);
    const onAbort = () => {
      controller.abort(req.signal?.reason);
      cancel(abortedError(req.signal));
    };
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const work = (async () => {
      let response: Response;
      try {
        response = await fetchImpl(url(req.path, req.query), {
          method: req.method,
          headers: headersFor(req),
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: controller.signal,
          keepalive: req.keepalive ?? false,
        });
      } catch (cause) {
        if (req.signal?.aborted) throw abortedError(req.signal);
        if (timedOut) throw new AisleApiError('timeout', 'Timed out.', { code: 'timeout' });
        throw new AisleApiError('network', 'The API could not be reached.', {
          code: 'network',
          cause,
        });
      }
      req.onResponse?.(response);
      return readResponse(response);
    })();
    work.catch(() => undefined); // the race below reports; this copy must not go unhandled
    try {
      return await Promise.race([work, cancelled]);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function readResponse(response: Response): Promise<unknown> {
    const status = response.status;
    let text: string;
    try {
      text = status === 204 ? '' : await response.text();
    } catch (cause) {
      throw new AisleApiError('network', 'The answer was cut short.', { code: 'network', cause });
    }
    let json: unknown = undefined;
    let parsed = text.trim() === '';
    if (!parsed) {
      try {
        json = JSON.parse(text);
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
      const problem = parsed ? readProblem(json, status, response.statusText) : undefined;
      const extra = retryAfterMs === undefined ? {} : { retryAfterMs };
      if (problem) {
        throw new AisleApiError('problem', problem.detail ?? problem.title, {
          status,
          code: problem.code,
          problem,
          ...extra,
        });
      }
      throw new AisleApiError('http', `HTTP ${status} ${response.statusText}`.trim(), {
        status,
        code: `http_${status}`,
        ...extra,
      });
    }
    if (!parsed) {
      throw new AisleApiError('invalid-response', 'The answer is not valid JSON.', {
        status,
        code: 'invalid_response',
      });
    }
    return json;
  }

  async function request(req: TransportRequest): Promise<unknown> {
    if (req.signal?.aborted) throw abortedError(req.signal);
    // Only safe requests are retried: a POST or DELETE that timed out may have taken effect.
    const maxAttempts = req.method === 'GET' ? retries + 1 : 1;
    // A shopper waits for the whole of it: a server that never answers ends in an error after
    // 12 s, not after three 8 s timeouts (24 s and the backoffs).
    const end = now() + timeoutMs * 1.5;
    for (let n = 0; ; n++) {
      try {
        return await attempt(req, Math.min(timeoutMs, end - now()));
      } catch (e) {
        if (n + 1 >= maxAttempts || !isRetryable(e)) throw e;
        const retryAfter = (e as AisleApiError).retryAfterMs;
        if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) throw e;
        const ceiling = Math.min(maxBackoffMs, backoffMs * 2 ** n);
        // Full jitter: anywhere in [0, ceiling), so many clients do not retry in step.
        const delay = retryAfter ?? Math.floor(random() * ceiling);
        if (now() + delay > end - timeoutMs / 8) throw e;
        await sleep(delay, req.signal);
        if (req.signal?.aborted) throw abortedError(req.signal);
      }
    }
  }

  return { request, url };
}
