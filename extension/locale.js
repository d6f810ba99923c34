// Loads the messages of the language the user chose (or the browser's) and
// applies them to a page: data-i18n attributes, lang and dir.

import { pickLanguage, dirOf, translator } from './lib/i18n.js';

const api = globalThis.browser ?? globalThis.chrome;

async function messagesOf(lang) {
  const res = await fetch(api.runtime.getURL(`_locales/${lang}/messages.json`));
  if (!res.ok) throw new Error(`messages of ${lang}: HTTP ${res.status}`);
  return res.json();
}

/**
 * Returns the translator of the language chosen in the settings.
 * @param {string} setting "auto", "en", "ar" or "fr"
 * own translates from the chosen language only, with no English fallback.
 * @returns {Promise<{lang: string, dir: string, t: (key: string, ...subs: Array<string|number>) => string, own: (key: string, ...subs: Array<string|number>) => string}>}
 */
export async function loadLocale(setting) {
  const lang = pickLanguage(setting, api.i18n.getUILanguage());
  const fallback = await messagesOf('en');
  const messages = lang === 'en' ? fallback : await messagesOf(lang).catch(() => fallback);
  return { lang, dir: dirOf(lang), t: translator(messages, fallback), own: translator(messages) };
}

/**
 * Sets the page's language and direction and fills every element that has
 * a data-i18n attribute with its message.
 * @param {Document} doc
 * @param {{lang: string, dir: string, t: Function}} locale
 */
export function applyLocale(doc, locale) {
  doc.documentElement.lang = locale.lang;
  doc.documentElement.dir = locale.dir;
  for (const el of doc.querySelectorAll('[data-i18n]')) {
    const text = locale.t(el.dataset.i18n);
    if (text) el.textContent = text;
  }
}
