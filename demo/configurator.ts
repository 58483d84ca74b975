import { mountConfigurator } from './configurator/form.js';
import { startDemo } from './shell.js';

await startDemo();
mountConfigurator(document.querySelector<HTMLElement>('#configurator')!);
