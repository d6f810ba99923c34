// Service worker (Chrome) and background script (Firefox): keeps the toolbar
// badge of every tab showing the grade of the site it displays, and answers
// the popup. All the logic lives in lib/; this file wires it to the browser.

import { Resolver } from './lib/resolver.js';
import { badgeFor } from './lib/grade.js';
import { normalizeSettings, settingsChange } from './lib/settings.js';

const api = globalThis.browser ?? globalThis.chrome;

const TABLE_CACHE = 'legible-table-v1';
const TABLE_KEY = 'https://legible.invalid/table';

/** Persistent copy of the downloaded table, in Cache Storage: it can be far
 * larger than storage.local allows. */
const tableCache = {
  async load() {
    const cache = await caches.open(TABLE_CACHE);
    const res = await cache.match(TABLE_KEY);
    return res ? res.json() : null;
  },
  async save(entry) {
    const cache = await caches.open(TABLE_CACHE);
    await cache.put(TABLE_KEY, new Response(JSON.stringify(entry), { headers: { 'Content-Type': 'application/json' } }));
  },
  async clear() {
    await caches.delete(TABLE_CACHE);
  },
};

const resolver = new Resolver({
  fetch: (url, init) => fetch(url, init),
  storage: {
    get: (keys) => api.storage.local.get(keys),
    set: (items) => api.storage.local.set(items),
    remove: (keys) => api.storage.local.remove(keys),
  },
  tableCache,
  log: (msg, err) => console.warn(`legible: ${msg}:`, err instanceof Error ? err.message : err),
});

/** The URL each tab was last looked up for, so a slow answer for a page the
 * tab has since left does not overwrite the newer badge. */
const latestUrl = new Map();

async function settings() {
  const { settings: raw } = await api.storage.local.get(['settings']);
  return normalizeSettings(raw);
}

async function paint(tabId, state) {
  const badge = badgeFor(state);
  const calls = [
    api.action.setBadgeText({ tabId, text: badge.text }),
    api.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
  ];
  if (typeof api.action.setBadgeTextColor === 'function') {
    calls.push(api.action.setBadgeTextColor({ tabId, color: badge.textColor }));
  }
  const title = api.i18n.getMessage('actionTitle');
  let detail = '';
  if (state.status === 'rated') detail = ` — ${state.site.grade} (${state.site.score}/100; ${api.i18n.getMessage('gradeScale')})`;
  else if (state.status === 'not_graded') detail = ` — ${api.i18n.getMessage('notGraded')}`;
  else if (state.status === 'no_policy') detail = ` — ${api.i18n.getMessage('noPolicyFound')}`;
  else if (state.status === 'requested') detail = ` — ${api.i18n.getMessage('requestedLead')}`;
  calls.push(api.action.setTitle({ tabId, title: title + detail }));
  await Promise.all(calls);
}

/**
 * Looks up the site of one tab and paints its badge.
 * @param {number} tabId
 * @param {string|undefined} url
 */
async function updateTab(tabId, url) {
  latestUrl.set(tabId, url);
  try {
    const state = await resolver.resolve(url, await settings());
    if (latestUrl.get(tabId) !== url) return;
    await paint(tabId, state);
  } catch (err) {
    // The tab may have closed meanwhile; nothing to paint then.
    console.warn('legible: badge update failed:', err instanceof Error ? err.message : err);
  }
}

async function updateAllTabs() {
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((t) => updateTab(t.id, t.url)));
}

async function start() {
  try {
    await resolver.prune();
    const s = await settings();
    if (s.mode === 'table') await resolver.ensureTable(s.server).catch((err) => console.warn('legible: table download failed:', err.message));
    await updateAllTabs();
  } catch (err) {
    console.warn('legible: start failed:', err instanceof Error ? err.message : err);
  }
}

api.runtime.onInstalled.addListener(start);
api.runtime.onStartup.addListener(start);

api.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
  if (changeInfo.url !== undefined || changeInfo.status === 'loading' || changeInfo.status === 'complete') {
    updateTab(tabId, tab.url);
  }
});

api.tabs.onRemoved.addListener((tabId) => latestUrl.delete(tabId));

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes.settings) return;
  const change = settingsChange(changes.settings.oldValue, changes.settings.newValue);
  if (change === 'none') return;
  // Answers of another server must not be shown; a new mode only needs new lookups.
  const reset = change === 'clear' ? resolver.clear() : Promise.resolve(resolver.reset());
  reset.then(updateAllTabs).catch((err) => console.warn('legible: settings change failed:', err.message));
});

/**
 * Answers the popup: the lookup state of a tab, with findings, and the
 * settings it needs to render.
 * @param {{type: string, tabId?: number}} msg
 */
async function answer(msg) {
  if (msg?.type === 'state') {
    const s = await settings();
    const tab = await api.tabs.get(msg.tabId);
    const state = await resolver.resolve(tab.url, s, { findings: true });
    if (latestUrl.get(msg.tabId) === tab.url || !latestUrl.has(msg.tabId)) await paint(msg.tabId, state).catch(() => {});
    return { state, settings: s };
  }
  if (msg?.type === 'requested') {
    // The user asked for this site's rating: its cached "not rated" no
    // longer holds, and its bucket is asked again until the grade comes.
    const s = await settings();
    const tab = await api.tabs.get(msg.tabId);
    await resolver.markRequested(tab.url, s);
    await updateTab(msg.tabId, tab.url);
    return { ok: true };
  }
  if (msg?.type === 'clear-cache') {
    await resolver.clear();
    await updateAllTabs();
    return { ok: true };
  }
  throw new Error(`unknown message ${msg?.type}`);
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  answer(msg).then(sendResponse, (err) => sendResponse({ error: err instanceof Error ? err.message : String(err) }));
  return true;
});
