/**
 * open-wc's `waitUntil` with a 5 s default timeout instead of 1 s: on a loaded CI machine (two
 * browsers, two cores) a condition that holds in milliseconds locally can take longer than a
 * second. It still fails, with its message, when the condition never holds.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
