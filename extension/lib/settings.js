// The user's settings: which server to ask, how to ask it, in which language
// to speak. Pure: validation and defaults only.

/** Lookup modes: "range" asks for the bucket of a 4-digit hash prefix;
 * "table" downloads the whole compact table and asks nothing per site. */
export const MODES = Object.freeze(['range', 'table']);

/** Interface languages; "auto" follows the browser. */
export const LANGUAGES = Object.freeze(['auto', 'en', 'ar', 'fr']);

/** Settings used until the user changes them. */
export const DEFAULT_SETTINGS = Object.freeze({
  server: 'http://localhost:8080',
  mode: 'range',
  lang: 'auto',
});

/**
 * Normalises a server URL typed by the user to "scheme://host[:port][/path]"
 * without a trailing slash. Only http and https are accepted, without
 * credentials, query or fragment.
 * @param {string} input
 * @returns {string}
 * @throws {Error} with a message naming the problem
 */
export function normalizeServerUrl(input) {
  const s = String(input ?? '').trim();
  if (!s) throw new Error('empty server address');
  let u;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
  } catch {
    throw new Error(`not a valid address: ${s}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`only http and https servers are supported, not ${u.protocol}`);
  if (u.username || u.password) throw new Error('the address must not contain a user name or password');
  if (u.search || u.hash) throw new Error('the address must not contain a query or fragment');
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.protocol}//${u.host}${path}`;
}

/**
 * Returns the host permission pattern that covers a server URL, e.g.
 * "https://legible.example/*" (match patterns ignore the port).
 * @param {string} server normalised server URL
 * @returns {string}
 */
export function permissionPattern(server) {
  const u = new URL(server);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Fills in defaults and drops invalid values of stored settings.
 * @param {unknown} raw
 * @returns {{server: string, mode: string, lang: string}}
 */
export function normalizeSettings(raw) {
  const r = raw && typeof raw === 'object' ? raw : {};
  let server = DEFAULT_SETTINGS.server;
  try {
    if (r.server) server = normalizeServerUrl(r.server);
  } catch {
    server = DEFAULT_SETTINGS.server;
  }
  return {
    server,
    mode: MODES.includes(r.mode) ? r.mode : DEFAULT_SETTINGS.mode,
    lang: LANGUAGES.includes(r.lang) ? r.lang : DEFAULT_SETTINGS.lang,
  };
}

/**
 * Returns the address of a site's full report page on the server: opening it
 * tells the server which site the user asked about.
 * @param {string} server normalised server URL
 * @param {string} domain registrable domain
 * @returns {string}
 */
export function reportUrl(server, domain) {
  return `${server}/sites/${encodeURIComponent(domain)}`;
}

/** Languages the server's pages speak; others read them in English. */
const PAGE_LANGUAGES = new Set(['en', 'ar']);

/**
 * Returns the address of the server's "How we score" page in the user's
 * language where the server has it. It names no site.
 * @param {string} server normalised server URL
 * @param {string} lang the popup's language
 * @returns {string}
 */
export function howWeScoreUrl(server, lang) {
  return `${server}/how-we-score?lang=${PAGE_LANGUAGES.has(lang) ? lang : 'en'}`;
}

/**
 * Returns the k-anonymous lookup URL of a bucket.
 * @param {string} server
 * @param {string} prefix
 * @returns {string}
 */
export function bucketUrl(server, prefix) {
  if (!/^[0-9a-f]{4}$/.test(prefix)) throw new Error(`bucketUrl: bad prefix ${prefix}`);
  return `${server}/v1/lookup/${prefix}`;
}

/**
 * Returns the URL of the compact table.
 * @param {string} server
 * @returns {string}
 */
export function tableUrl(server) {
  return `${server}/v1/table`;
}

/**
 * Says what a change of settings requires of the lookups: "clear" (another
 * server: forget every cached answer), "relookup" (another mode: look the
 * tabs up again) or "none" (only the language changed).
 * @param {unknown} oldRaw stored settings before
 * @param {unknown} newRaw stored settings after
 * @returns {'clear'|'relookup'|'none'}
 */
export function settingsChange(oldRaw, newRaw) {
  const a = normalizeSettings(oldRaw);
  const b = normalizeSettings(newRaw);
  if (a.server !== b.server) return 'clear';
  if (a.mode !== b.mode) return 'relookup';
  return 'none';
}
