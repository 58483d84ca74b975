import '../helpers/mock-api.js';
import { FAULTS } from './harness.js';
import { locatorMatrix } from './locator-matrix.js';

locatorMatrix(FAULTS);
