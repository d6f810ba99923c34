// Numbers, durations and dates in the user's language. Pure: uses only Intl.

/**
 * Returns the reading time of a site's policies in words: "about 42
 * minutes", "about 2.5 hours", "less than a minute" (localised).
 * @param {number|null} minutes
 * @param {string} lang
 * @param {(key: string, ...subs: Array<string|number>) => string} t translator
 * @returns {string} "" when unknown
 */
export function readingTime(minutes, lang, t) {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) return '';
  if (minutes < 1) return t('readingUnderMinute');
  const unit = (value, u, digits) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: digits }).format(value);
  if (minutes < 90) return t('readingAbout', unit(Math.round(minutes), 'minute', 0));
  const hours = Math.round((minutes / 60) * 2) / 2;
  return t('readingAbout', unit(hours, 'hour', 1));
}

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * Returns how long ago a time was, in words ("3 days ago", "yesterday"),
 * localised. Times in the future (clock skew) read as "now".
 * @param {string|null} iso
 * @param {number} now ms since the epoch
 * @param {string} lang
 * @returns {string} "" when the time is unknown
 */
export function relativeTime(iso, now, lang) {
  const then = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(then)) return '';
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const secs = Math.max(0, (now - then) / 1000);
  for (const [unit, size] of UNITS) {
    if (secs >= size) return rtf.format(-Math.floor(secs / size), unit);
  }
  return rtf.format(0, 'second');
}

/**
 * Formats a whole number in the user's language ("72", "٧٢").
 * @param {number} n
 * @param {string} lang
 * @returns {string}
 */
export function formatNumber(n, lang) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/**
 * Formats an absolute date and time for a tooltip.
 * @param {string|null} iso
 * @param {string} lang
 * @returns {string}
 */
export function formatDate(iso, lang) {
  const then = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(then)) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(then) + ' UTC';
}

/**
 * Formats the day of a time ("29 November 2026"), in UTC, as the server's
 * pages do.
 * @param {string|null} iso
 * @param {string} lang
 * @returns {string} "" when the time is unknown
 */
export function formatDay(iso, lang) {
  const then = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(then)) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(then);
}
