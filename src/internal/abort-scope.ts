/**
 * Runs `work` with a signal that follows `signal` and is aborted as soon as `work` settles.
 *
 * A task that loads several things at once (`Promise.all`) fails as soon as one of them fails,
 * while the others may still be retrying against a broken API. Left running, they stay in the
 * client's in-flight table, and the shopper's "Try again" would join them and fail with them even
 * when the API is back. Aborting the scope gives them up, so a retry starts fresh requests.
 * (Lit's Task aborts a previous run only while it is still pending, not after it failed.)
 */
export async function inScope<T>(
  signal: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const follow = () => controller.abort(signal.reason);
  if (signal.aborted) follow();
  else signal.addEventListener('abort', follow, { once: true });
  try {
    return await work(controller.signal);
  } finally {
    signal.removeEventListener('abort', follow);
    controller.abort();
  }
}
