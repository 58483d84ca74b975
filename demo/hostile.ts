import { startDemo } from './shell.js';

await startDemo();
