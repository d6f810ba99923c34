// Hashing for the private lookup: the server is only ever told the first
// PREFIX_LENGTH hex digits of a site's SHA-256; the full hash is compared
// locally. Pure: uses only Web Crypto, present in browsers and Node.

/** Hex digits of the hash that are sent to the server (16 bits: 65,536 buckets). */
export const PREFIX_LENGTH = 4;

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Returns the lower-case hex SHA-256 of a string's UTF-8 bytes.
 * @param {string} text
 * @returns {Promise<string>}
 */
export async function sha256Hex(text) {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Returns the bucket prefix of a full hash: the only part that leaves the browser.
 * @param {string} hash 64 hex digits
 * @returns {string}
 */
export function bucketPrefix(hash) {
  if (!isFullHash(hash)) throw new Error(`bucketPrefix: not a SHA-256 hex digest: ${String(hash).slice(0, 80)}`);
  return hash.slice(0, PREFIX_LENGTH);
}

/**
 * Reports whether s is a lower-case 64-digit hex string.
 * @param {unknown} s
 * @returns {boolean}
 */
export function isFullHash(s) {
  return typeof s === 'string' && HEX64.test(s);
}
