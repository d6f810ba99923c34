// The options page: server, lookup mode and language. Talking to a server
// other than a local one needs the user's permission for that host only.

import { loadLocale, applyLocale } from './locale.js';
import { normalizeSettings, normalizeServerUrl, permissionPattern } from './lib/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

function status(text, isError = false) {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', isError);
}

function fill(settings) {
  $('server').value = settings.server;
  for (const r of document.querySelectorAll('input[name="mode"]')) r.checked = r.value === settings.mode;
  $('lang').value = settings.lang;
}

async function main() {
  const { settings: raw } = await api.storage.local.get(['settings']);
  const current = normalizeSettings(raw);
  let locale = await loadLocale(current.lang);
  applyLocale(document, locale);
  document.title = locale.t('optionsTitle');
  fill(current);
  // Until a server is saved, say first what the extension needs.
  $('setup').classList.toggle('needed', !raw?.server);

  $('form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const { t } = locale;
    let server;
    try {
      server = normalizeServerUrl($('server').value);
    } catch (err) {
      $('server').setAttribute('aria-invalid', 'true');
      $('server').focus();
      status(t('optInvalidServer', err.message), true);
      return;
    }
    $('server').removeAttribute('aria-invalid');
    const next = {
      server,
      mode: document.querySelector('input[name="mode"]:checked')?.value ?? 'range',
      lang: $('lang').value,
    };
    // permissions.request must run in the click's own turn (Firefox insists),
    // so it is called before anything is awaited.
    const origins = [permissionPattern(server)];
    api.permissions
      .request({ origins })
      .then(async (granted) => {
        if (!granted) {
          status(t('optPermissionDenied', new URL(server).host), true);
          return;
        }
        await api.storage.local.set({ settings: normalizeSettings(next) });
        if (next.lang !== current.lang) {
          // Speak the newly chosen language at once.
          locale = await loadLocale(next.lang);
          applyLocale(document, locale);
          document.title = locale.t('optionsTitle');
        }
        Object.assign(current, next);
        status(locale.t('optSaved'));
      })
      .catch((err) => status(t('optInvalidServer', err.message), true));
  });

  $('clear').addEventListener('click', async () => {
    await api.runtime.sendMessage({ type: 'clear-cache' });
    status(locale.t('optCacheCleared'));
  });
}

main();
