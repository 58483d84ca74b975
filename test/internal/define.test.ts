import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';
import '../helpers/mock-api.js';

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('define()', () => {
  it('registers a tag once and tags the constructor with the version', () => {
    class First extends HTMLElement {}
    const used = define('aisle-define-a', First);
    expect(used).to.equal(First);
    expect(customElements.get('aisle-define-a')).to.equal(First);
    expect((First as { aisleVersion?: string }).aisleVersion).to.equal(VERSION);
  });

  it('skips a tag a second copy of the same version already defined, silently', () => {
    class Original extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    define('aisle-define-b', Original);
    const warnings = captureWarnings();
    try {
      const used = define('aisle-define-b', SecondCopy);
      expect(used).to.equal(Original);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(document.createElement('aisle-define-b')).to.be.instanceOf(Original);
  });

  it('warns when another version already defined the tag, and does not throw', () => {
    class Older extends HTMLElement {
      static aisleVersion = '0.0.1';
    }
    customElements.define('aisle-define-c', Older);
    const warnings = captureWarnings();
    try {
      expect(() => define('aisle-define-c', class extends HTMLElement {})).not.to.throw();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('Aisle 0.0.1');
      expect(warnings.messages[0]).to.contain(`Aisle ${VERSION}`);
    } finally {
      warnings.restore();
    }
  });

  it('warns when a non-Aisle script took the tag', () => {
    customElements.define('aisle-define-d', class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      define('aisle-define-d', class extends HTMLElement {});
      expect(warnings.messages[0]).to.contain('another script');
    } finally {
      warnings.restore();
    }
  });
});
