/**
 * Shared by every demo page: starts the mock API (service worker), registers Aisle, and wires the
 * language and theme switches in the page header (written into the page by demo/header.ts).
 */
import { startMockWorker } from './mock-worker.js';

export interface DemoOptions {
  /** Runs once the mock answers, before Aisle registers (e.g. to hand a locator its stores). */
  beforeRegister?: () => void | Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<void> {
  wireSwitches(); // at once: a choice made while the mock starts must stand
  // The mock must answer before any element asks: register Aisle only once it runs.
  await startMockWorker();
  await options.beforeRegister?.();
  await import('../src/index.js');
}

function wireSwitches(): void {
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  const config = document.querySelector('aisle-config');
  if (lang) {
    lang.value = document.documentElement.lang;
    lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
  }
  theme?.addEventListener('change', () => {
    config?.setAttribute('theme', theme.value);
    document.body.className = theme.value === 'auto' ? '' : theme.value;
  });
}
