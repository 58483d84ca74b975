import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One pair of window listeners for every element that follows the network (a page may have
// 100 badges), as the ticker shares one timer.
const controllers = new Set<OnlineController>();

function onChange(event: Event): void {
  for (const controller of controllers) controller.changed(event.type === 'online');
}

/**
 * Follows the browser's network state for its host: re-renders when it goes offline or back
 * online (messages say "you appear to be offline"), and calls `onOnline` when the network is back,
 * so that what failed while it was gone can be asked again without the shopper's click.
 */
export class OnlineController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onOnline: () => void,
  ) {
    host.addController(this);
  }

  changed(online: boolean): void {
    this.host.requestUpdate();
    if (online) this.onOnline();
  }

  hostConnected(): void {
    if (!controllers.size) {
      addEventListener('online', onChange);
      addEventListener('offline', onChange);
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      removeEventListener('online', onChange);
      removeEventListener('offline', onChange);
    }
  }
}
