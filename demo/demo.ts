import { startDemo } from './shell.js';
import './demo-card.js';

await startDemo();
