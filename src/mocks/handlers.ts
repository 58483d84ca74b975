import type { RequestHandler } from 'msw';

/**
 * Every MSW handler of the mock API. The contract's handlers are added by src/mocks/api/;
 * this list is what the demo, the tests and `<aisle-config mock>` serve.
 */
export const handlers: RequestHandler[] = [];
