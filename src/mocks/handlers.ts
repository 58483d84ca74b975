import type { RequestHandler } from 'msw';
import { geocoderHandlers } from './geocoders.js';
import { mockApi } from './mock-api.js';

/**
 * Every MSW handler of the mock API (the default instance of ./mock-api.ts, base
 * `/aisle-api/v1` on any origin) and of the two online geocoders (BAN, Photon): what the demo,
 * the tests and `<aisle-config mock>` serve.
 */
export const handlers: RequestHandler[] = [...mockApi.handlers, ...geocoderHandlers];
