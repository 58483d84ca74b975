/**
 * Main-thread work of a page, read from Chrome's `Performance.getMetrics` (`TaskDuration`: all
 * tasks, script, style, layout, paint and GC). Enable the domain on `cdp` first.
 */

/** A meter: each call answers the main thread's work (ms) since the call before (0 the first time). */
export function mainThreadMeter(cdp) {
  let last;
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const now = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    const out = now - (last ?? now);
    last = now;
    return out;
  };
}
