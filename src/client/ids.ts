/**
 * The product and store identifiers Aisle accepts, shared by the response guards, the elements,
 * the shopper's-store state and tools that write attributes (the demo's configurator), so all
 * apply one rule (the contract's `pattern`s in api/openapi.yaml).
 */

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const STORE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A SKU Aisle will ask about: 1–64 plain characters, starting with a letter or digit. */
export function isValidSku(value: string | null | undefined): value is string {
  return typeof value === 'string' && SKU.test(value);
}

/**
 * A store id: 1–64 letters, digits, `.`, `_`, `:` or `-`. Safe in a URL path and in storage,
 * and too plain to carry personal data.
 */
export function isValidStoreId(value: unknown): value is string {
  return typeof value === 'string' && STORE_ID.test(value);
}
