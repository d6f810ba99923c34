// Decoding of internationalised domain names (RFC 3492) for display: the
// browser hands the extension "xn--bcher-kva.de"; people read "bücher.de".
// Pure.

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta, numPoints, first) {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function digit(c) {
  if (c >= 48 && c <= 57) return c - 22; // 0-9 -> 26-35
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 97; // a-z
  return BASE;
}

/**
 * Decodes one Punycode label (without the "xn--" prefix).
 * @param {string} input
 * @returns {string}
 * @throws {Error} on malformed input
 */
export function decodeLabel(input) {
  const out = [];
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) {
    if (input.charCodeAt(j) >= 0x80) throw new Error('punycode: non-basic code point');
    out.push(input.charCodeAt(j));
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (idx >= input.length) throw new Error('punycode: truncated input');
      const d = digit(input.charCodeAt(idx++));
      if (d >= BASE) throw new Error('punycode: bad digit');
      i += d * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x7fffffff || w > 0x7fffffff) throw new Error('punycode: overflow');
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) throw new Error('punycode: code point out of range');
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/**
 * Returns a domain name for display: "xn--" labels decoded, others kept. A
 * label that does not decode is shown as it is.
 * @param {string} domain
 * @returns {string}
 */
export function toUnicode(domain) {
  return String(domain)
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      try {
        return decodeLabel(label.slice(4));
      } catch {
        return label;
      }
    })
    .join('.');
}
