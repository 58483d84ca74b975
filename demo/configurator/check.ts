/**
 * The rules each kind of field follows: one check per value, pure. SKUs and store ids follow the
 * SDK's own validators, so the form accepts exactly what the elements accept.
 */
import { isValidSku, isValidStoreId } from '../../src/client/ids.js';
import { isTileTemplate } from '../../src/components/store-locator/attribute-check.js';
import type { Field } from './fields.js';

/** Why a value is refused (keys of the configurator's messages). */
export type Problem =
  | 'required'
  | 'sku'
  | 'skus'
  | 'id'
  | 'integer'
  | 'number'
  | 'range'
  | 'latlng'
  | 'url'
  | 'script'
  | 'insecure'
  | 'tiles'
  | 'email'
  | 'list'
  | 'enum'
  | 'text';

const WORD = /^[a-z0-9_-]{1,32}$/i;
const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

function urlOf(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isHttpUrl(value: string): boolean {
  const protocol = urlOf(value)?.protocol;
  return protocol === 'https:' || protocol === 'http:';
}

const isSitePath = (value: string) => /^\/(?!\/)\S*$/.test(value);

/** Hosts a script may be served from over plain http: the editor's own machine, for testing. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** A script address: https, a path on the site, or http on the local machine only. */
function checkScript(value: string): Problem | null {
  if (isSitePath(value)) return null;
  const url = urlOf(value);
  if (url?.protocol === 'https:') return null;
  if (url?.protocol === 'http:') return LOCAL_HOSTS.has(url.hostname) ? null : 'insecure';
  return 'script';
}

/** Checks one value (already trimmed); returns why it is refused, or null when it is fine. */
export function check(field: Field, value: string): Problem | null {
  if (field.kind === 'boolean') return null;
  if (!value) return field.required ? 'required' : null;
  // Control characters never belong in an attribute a CMS editor types.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'text';
  switch (field.kind) {
    case 'sku':
      return isValidSku(value) ? null : 'sku';
    case 'skus':
      return value.split(',').every((s) => isValidSku(s.trim())) ? null : 'skus';
    case 'id':
      return isValidStoreId(value) ? null : 'id';
    case 'list':
      return value.split(',').every((s) => WORD.test(s.trim())) ? null : 'list';
    case 'integer':
    case 'number': {
      if (!DECIMAL.test(value)) return field.kind;
      const n = Number(value);
      if (field.kind === 'integer' && !Number.isInteger(n)) return 'integer';
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
        return 'range';
      return null;
    }
    case 'latlng': {
      const parts = value.split(',').map((s) => s.trim());
      if (parts.length !== 2 || !parts.every((p) => DECIMAL.test(p))) return 'latlng';
      const [lat, lng] = parts.map(Number) as [number, number];
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? null : 'latlng';
    }
    case 'url':
      return isHttpUrl(value) || isSitePath(value) ? null : 'url';
    case 'script':
      return checkScript(value);
    case 'tiles':
      // What the locator accepts ({-y} too), over https only.
      return value.startsWith('https://') &&
        isHttpUrl(value.replace(/\{-?[a-z]\}/g, '0')) &&
        isTileTemplate(value)
        ? null
        : 'tiles';
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'email';
    case 'enum':
      return field.options?.some((o) => o.value === value) ? null : 'enum';
    case 'text':
      return value.length <= 200 ? null : 'text';
  }
}
