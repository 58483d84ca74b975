/** The rules each kind of field follows: one check per value, pure. */
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
  | 'tiles'
  | 'email'
  | 'list'
  | 'enum'
  | 'text';

const SKU = /^[A-Za-z0-9._/-]{1,64}$/;
const ID = /^[A-Za-z0-9._-]{1,64}$/;
const WORD = /^[a-z0-9_-]{1,32}$/i;
const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
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
      return SKU.test(value) ? null : 'sku';
    case 'skus':
      return value.split(',').every((s) => SKU.test(s.trim())) ? null : 'skus';
    case 'id':
      return ID.test(value) ? null : 'id';
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
      return isHttpUrl(value) || /^\/(?!\/)\S*$/.test(value) ? null : 'url';
    case 'tiles':
      return value.startsWith('https://') &&
        isHttpUrl(value.replace(/\{[a-z]\}/g, '0')) &&
        ['{z}', '{x}', '{y}'].every((p) => value.includes(p))
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
