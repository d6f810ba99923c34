// Messages in the user's chosen language. The browser's own chrome.i18n
// follows only the browser's language; the options page lets the user pick
// another one, so the extension reads _locales/<lang>/messages.json itself and
// formats the messages with the same placeholder rules. Pure.

/** Languages the extension speaks. */
export const SUPPORTED = Object.freeze(['en', 'ar', 'fr']);

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Returns the language to use: the user's choice, else the browser's
 * interface language when supported, else English.
 * @param {string} setting "auto" or a language code
 * @param {string} uiLanguage e.g. "ar-EG"
 * @returns {string}
 */
export function pickLanguage(setting, uiLanguage) {
  if (SUPPORTED.includes(setting)) return setting;
  const base = String(uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.includes(base) ? base : 'en';
}

/**
 * Returns the writing direction of a language.
 * @param {string} lang
 * @returns {'rtl'|'ltr'}
 */
export function dirOf(lang) {
  return RTL.has(String(lang).split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * Formats one message of a messages.json table: named placeholders
 * ($NAME$, defined by the message's "placeholders") and positional
 * substitutions ($1 to $9); "$$" is a literal dollar. A missing key gives "".
 * @param {Record<string, {message: string, placeholders?: Record<string, {content: string}>}>} messages
 * @param {string} key
 * @param {Array<string|number>} [subs]
 * @returns {string}
 */
export function formatMessage(messages, key, subs = []) {
  const entry = messages?.[key];
  if (!entry || typeof entry.message !== 'string') return '';
  const ph = {};
  for (const [name, def] of Object.entries(entry.placeholders ?? {})) ph[name.toLowerCase()] = def.content;
  const sub = (d) => String(subs[Number(d) - 1] ?? '');
  // One pass, so that substituted text is never itself expanded.
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$|\$([1-9])/g, (m, name, d) => {
    if (m === '$$') return '$';
    if (d) return sub(d);
    const content = ph[name.toLowerCase()];
    if (content === undefined) return m;
    return content.replace(/\$\$|\$([1-9])/g, (c, cd) => (c === '$$' ? '$' : sub(cd)));
  });
}

/**
 * Returns a translator bound to one message table, falling back to another
 * (English) for keys the first lacks.
 * @param {object} messages
 * @param {object} [fallback]
 * @returns {(key: string, ...subs: Array<string|number>) => string}
 */
export function translator(messages, fallback = {}) {
  return (key, ...subs) => formatMessage(messages, key, subs) || formatMessage(fallback, key, subs);
}
