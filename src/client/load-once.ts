/**
 * A lazily loaded module (or anything async): the first call starts the load, later calls share
 * it, and a failed load is forgotten so the next call asks again (a browser may still keep a
 * failed module load until the page reloads). Used for code a page downloads only when needed.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
