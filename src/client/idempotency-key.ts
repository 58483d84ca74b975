/**
 * The `Idempotency-Key` of a hold or a confirmation. Its own module, out of the shared core
 * chunk: only the reserve dialog (and `@aisle/elements/all`, which exports it) makes keys, so a
 * page of badges does not download it (scripts/build.mjs).
 */

/**
 * A fresh `Idempotency-Key`: `crypto.randomUUID()` where it exists (secure contexts), else a
 * version 4 UUID from `crypto.getRandomValues`, else from Math.random (still unique enough for
 * one shopper's retries; the key is not a secret).
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
