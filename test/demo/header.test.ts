/**
 * The demo header (demo/header.ts) on every demo page, as the dev server and the demo build serve
 * it, in a 390 px phone's width: no sideways scroll, even under the hostile host page's own CSS
 * (22 px uppercase letter-spaced text and unset form controls). The pages' scripts are left out:
 * what is measured is the page's own HTML and CSS with its header.
 */
import { expect } from '@open-wc/testing';
import { PAGES, withHeader } from '../../demo/header.js';

const files = PAGES.map(([href]) => (href === './' ? 'index.html' : href.slice(2)));

/** The page `file` as served, without its scripts, in an iframe `width` px wide. */
async function open(file: string, width: number): Promise<HTMLIFrameElement> {
  const source = await (await fetch(`/demo/${file}`)).text();
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.srcdoc = withHeader(source, file)
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('<head>', '<head><base href="/demo/" />');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('demo header at 390 px', () => {
  for (const file of files) {
    it(`${file}: no sideways scroll`, async () => {
      const frame = await open(file, 390);
      try {
        const doc = frame.contentDocument!;
        expect(doc.querySelector('.demo-header #theme'), 'no header').not.to.equal(null);
        expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(390);
      } finally {
        frame.remove();
      }
    });
  }
});
