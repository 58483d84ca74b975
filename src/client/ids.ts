/**
 * The product and store identifiers Aisle accepts, shared by the response guards, the elements,
 * the shopper's-store state and tools that write attributes (the demo's configurator), so all
 * apply one rule (the contract's `pattern`s in api/openapi.yaml).
 */

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
// Control characters are what the rule keeps out.
// eslint-disable-next-line no-control-regex
const STORE_ID = /^[^<>"'`\\\u0000-\u001f\u007f]{1,256}$/;

/** A SKU Aisle will ask about: 1–64 plain characters, starting with a letter or digit. */
export function isValidSku(value: string | null | undefined): value is string {
  return typeof value === 'string' && SKU.test(value);
}

/**
 * A store id: 1–256 characters, without spaces around it, control characters, quotes, backslash
 * or angle brackets, and not "." or "..". Any id a store system uses ("FR 0042", "fr/lyon/12", "magasin-évry") passes
 * (paths encode it); a value that reads as markup or a script does not, so a tampered stored
 * value is refused.
 */
export function isValidStoreId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    STORE_ID.test(value) &&
    value.trim() === value &&
    !isDotSegment(value)
  );
}

/**
 * A hold or reservation id, or a reservation code, as kept for the session or told by another
 * tab: what the response guards accept from the API (a non-blank string; the contract sets no
 * other rule, so a 300-character token or a code with a quote is a real reservation), without
 * control characters. A stricter rule here would forget a reservation the API made.
 */
export function isValidRecordId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim() !== '' &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(value) &&
    !isDotSegment(value)
  );
}

/** "." or "..": as a URL path segment it would name another endpoint (`segment` refuses it). */
export function isDotSegment(value: string): boolean {
  return /^\.\.?$/.test(value);
}
