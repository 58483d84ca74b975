/**
 * The fast part of the badge's fault matrix (the whole matrix runs in `npm run test:hardening`).
 */
import '../helpers/mock-api.js';
import { badgeMatrix } from '../hardening/badge-matrix.js';
import { FAULTS } from '../hardening/harness.js';

const FAST = ['500 on every answer', '503 with Retry-After: 3, once', 'malformed JSON', 'offline'];

badgeMatrix(FAULTS.filter((f) => FAST.includes(f.name)));
