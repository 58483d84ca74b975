/**
 * The fast part of the reserve button's fault matrix (the whole matrix runs in
 * `npm run test:hardening`): a server error, an unknown outcome and a lost network, at each step.
 */
import '../helpers/mock-api.js';
import { FAULTS } from '../hardening/harness.js';
import { reserveMatrix } from '../hardening/reserve-matrix.js';

const FAST = ['500 on every answer', 'schema-invalid data', 'offline'];

reserveMatrix(
  FAULTS.filter((f) => FAST.includes(f.name)),
  ['load', 'hold', 'confirm'],
);
