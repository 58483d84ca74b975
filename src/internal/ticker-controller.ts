import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One shared timer for every element that shows relative times ("checked 4 min ago").
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
const PERIOD_MS = 60_000;

const tick = () => {
  for (const host of hosts) host.requestUpdate();
};

/**
 * A hidden page does not tick (100 badges re-rendered each minute that nobody sees, a long task
 * on a slow phone); shown again, it catches up at once, then ticks each minute from there.
 */
function onVisibility(): void {
  clearInterval(timer);
  timer = undefined;
  if (!document.hidden) {
    tick();
    timer = setInterval(tick, PERIOD_MS);
  }
}

/** Re-renders its host once a minute while connected and the page shown, from one shared timer. */
export class TickerController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!hosts.size) document.addEventListener('visibilitychange', onVisibility);
    hosts.add(this.host);
    if (!document.hidden) timer ??= setInterval(tick, PERIOD_MS);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
      timer = undefined;
    }
  }
}
