/**
 * A web-test-runner middleware for tests of a module that fails to load (the locator's map
 * chunk on a dropped connection). `paths` are the modules a test may make fail: while the page's
 * `aisle-fail-modules` cookie names one (a comma list), the test server answers its request with
 * 503, so the browser's own `import()` rejects as it does offline; nothing in the code under test
 * is replaced. The test removes the cookie when done.
 *
 * The test runner tells the browser to cache every file for a year (its cacheMiddleware, which
 * runs around this one and sets the header after it): a copy another test page loaded would then
 * be used without asking, and a 503 could be kept for the pages after. These modules go out
 * `no-store` instead, set as their headers are written, after everyone else's.
 */
const COOKIE = /(?:^|;\s*)aisle-fail-modules=([^;]*)/;

export function failingModules(paths) {
  return (context, next) => {
    if (!paths.includes(context.path)) return next();
    const { res } = context;
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(this, args);
    };
    const failing = decodeURIComponent(COOKIE.exec(context.get('cookie'))?.[1] ?? '').split(',');
    if (!failing.includes(context.path)) return next();
    context.status = 503;
    context.body = 'Service Unavailable (aisle-fail-modules)';
    return undefined;
  };
}
