import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

  private readonly onChange = (event: Event): void => {
    this.host.requestUpdate();
    if (event.type === 'online') this.onOnline();
  };

  hostConnected(): void {
    addEventListener('online', this.onChange);
    addEventListener('offline', this.onChange);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onChange);
    removeEventListener('offline', this.onChange);
  }
}
