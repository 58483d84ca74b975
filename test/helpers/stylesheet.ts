/**
 * Links a stylesheet into the test page for the tests of the calling file, as a demo page links
 * it (the network of fetch() is the mock, which serves no CSS), and removes it after them.
 */
export function useStylesheet(href: string): void {
  let link: HTMLLinkElement | undefined;
  before(async () => {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve, reject) => {
      link!.addEventListener('load', resolve);
      link!.addEventListener('error', reject);
    });
    document.head.append(link);
    await loaded;
  });
  after(() => link?.remove());
}
