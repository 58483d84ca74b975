/** The `console.warn` lines written while `act` runs (and only those: the console is put back). */
export async function warningsDuring(act: () => Promise<unknown>): Promise<string[]> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  try {
    await act();
  } finally {
    console.warn = original;
  }
  return warned;
}
