/**
 * The product identifiers Aisle accepts, shared by the elements and by tools that write their
 * attributes (the demo's configurator), so both apply one rule. Store ids: `isValidStoreId` in
 * `state/my-store.ts`.
 */

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;

/** A SKU Aisle will ask about: 1–64 plain characters, starting with a letter or digit. */
export function isValidSku(value: string | null | undefined): value is string {
  return typeof value === 'string' && SKU.test(value);
}
