import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One shared timer for every element that shows relative times ("checked 4 min ago").
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
const PERIOD_MS = 60_000;

/** Re-renders its host once a minute while connected, from one timer shared by all hosts. */
export class TickerController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(() => {
      for (const host of hosts) host.requestUpdate();
    }, PERIOD_MS);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
