/**
 * The product attributes the badge and the reserve button share (`sku`, `quantity`, `store`):
 * how a sku and a quantity are read, and the console line a CMS editor gets for each one written
 * wrong.
 */
import { isValidSku, isValidStoreId } from '../client/ids.js';
import { warnOnce } from '../config/config.js';

/** An element with the product attributes. */
export interface ProductElement extends HTMLElement {
  sku: string;
  quantity: unknown;
  store: string;
}

/**
 * Reads the `sku` attribute without the spaces around it (a code pasted from a sheet); the
 * property keeps what a script sets.
 */
export const skuAttribute = (value: string | null): string | null => value && value.trim();

/**
 * The units a `quantity` asks for: a whole number from 1 to 999, else 1. Its text counts too:
 * Vue, Svelte and React 19 set `quantity="3"` as a property, as it is.
 */
export function wantedQuantity(quantity: unknown): number {
  const q = Number(quantity);
  return Number.isInteger(q) && q >= 1 && q <= 999 ? q : 1;
}

/**
 * The `store` attribute as a store id, spaces around it dropped (text pasted from a sheet);
 * undefined when absent or not an id: the shopper's store then, as without one.
 */
export function ownStore(store: string | null | undefined): string | undefined {
  const id = store?.trim();
  return isValidStoreId(id) ? id : undefined;
}

/** Warns once per message about a `sku`, `quantity` or `store` that `changed` and is wrong. */
export function warnProductAttributes(
  el: ProductElement,
  changed: Map<PropertyKey, unknown>,
): void {
  const tag = el.localName;
  if (changed.has('sku') && !isValidSku(el.sku)) {
    warnOnce(
      el.sku
        ? `<${tag}> sku "${el.sku}" is not a valid SKU (1–64 letters, digits, . _ - /).`
        : `<${tag}> needs a sku attribute, e.g. <${tag} sku="AISLE-0001">.`,
    );
  }
  // A removed attribute (null) is the default, not a mistake.
  if (
    changed.has('quantity') &&
    el.quantity != null &&
    Number(el.quantity) !== wantedQuantity(el.quantity)
  ) {
    warnOnce(
      `<${tag}> quantity "${el.getAttribute('quantity') ?? el.quantity}" must be a whole number from 1 to 999; using 1.`,
    );
  }
  if (changed.has('store') && el.store && !ownStore(el.store)) {
    warnOnce(`<${tag}> store "${el.store}" is not a valid store id; using the shopper's store.`);
  }
}
