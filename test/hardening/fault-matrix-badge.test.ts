import '../helpers/mock-api.js';
import { badgeMatrix } from './badge-matrix.js';
import { FAULTS } from './harness.js';

badgeMatrix(FAULTS);
