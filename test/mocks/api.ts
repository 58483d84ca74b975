/** Calls the default mock API through fetch, as the SDK does. Imported by the mock tests. */
import '../helpers/mock-api.js';
import type { Problem } from '../../src/client/types.js';

export const BASE = '/aisle-api/v1';
let keys = 0;

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

export const get = <T = unknown>(path: string, headers?: Record<string, string>) =>
  call<T>('GET', path, undefined, headers);

/** A POST with a fresh Idempotency-Key unless one is given. */
export const post = <T = unknown>(
  path: string,
  body: unknown,
  key = `test-${++keys}-${Math.random()}`,
) => call<T>('POST', path, body, { 'Idempotency-Key': key });

export const del = <T = unknown>(path: string) => call<T>('DELETE', path);

export type { Problem };
