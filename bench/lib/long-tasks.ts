/**
 * Records a bench page's long tasks (over 50 ms) and lets the driver read them:
 * `window.longTasks(since)` answers those that ended after `since` (ms, the page's clock).
 */
export function exposeLongTasks(page: Record<string, unknown>): void {
  const longTasks: { start: number; ms: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  page.longTasks = (since: number) => longTasks.filter((t) => t.start + t.ms > since);
}
