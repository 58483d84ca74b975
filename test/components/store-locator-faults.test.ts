/**
 * The fast part of the locator's fault matrix (the whole matrix runs in `npm run test:hardening`).
 */
import '../helpers/mock-api.js';
import { FAULTS } from '../hardening/harness.js';
import { locatorMatrix } from '../hardening/locator-matrix.js';

const FAST = ['500 on every answer', '429 with Retry-After: 2, once', 'offline'];

locatorMatrix(FAULTS.filter((f) => FAST.includes(f.name)));
