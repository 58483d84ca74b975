import { VERSION } from '../version.js';

/** Constructors registered by Aisle carry the version that defined them. */
export interface AisleConstructor extends CustomElementConstructor {
  aisleVersion?: string;
}

/**
 * Registers a custom element, tolerating a second copy of Aisle on the page (a merchant widget
 * inside a retailer page): an already-defined tag is left as it is, with a warning when the copy
 * that defined it is another version. Returns the constructor in force for the tag.
 */
export function define(tag: string, ctor: AisleConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  const existing = registry.get(tag) as AisleConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.aisleVersion !== VERSION) {
      console.warn(
        `[aisle] <${tag}> is already defined by ${
          existing.aisleVersion ? `Aisle ${existing.aisleVersion}` : 'another script'
        }; this copy (Aisle ${VERSION}) will use that definition.`,
      );
    }
    return existing;
  }
  ctor.aisleVersion = VERSION;
  registry.define(tag, ctor);
  return ctor;
}
