import '../helpers/mock-api.js';
import { FAULTS } from './harness.js';
import { reserveMatrix } from './reserve-matrix.js';

reserveMatrix(FAULTS, ['load', 'hold', 'confirm']);
