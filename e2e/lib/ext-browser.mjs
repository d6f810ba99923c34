// Chromium with the unpacked extension loaded, for the end-to-end test, and
// helpers that read the extension's state through its service worker.

import { chromium } from 'playwright-core';

import { CHROMIUM_PATH, CHROMIUM_ARGS } from './browser.mjs';

export { haveChromium } from './browser.mjs';

/**
 * Launches Chromium (new headless mode) with the extension loaded and the
 * given host names mapped to loopback.
 * @param {{extensionDir: string, userDataDir: string, hostRules: string[]}} opts hostRules like "MAP rated.example 127.0.0.1:41000"
 * @returns {Promise<{context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string}>}
 */
export async function launchWithExtension({ extensionDir, userDataDir, hostRules }) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Extensions need the new headless mode, passed by hand: Playwright's own
    // headless switch would pick the old one.
    headless: false,
    viewport: { width: 1000, height: 800 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules.join(', ')}`,
      ...CHROMIUM_ARGS,
      '--no-default-browser-check',
      '--disable-features=DialMediaRouteProvider,OptimizationHints,Translate',
      '--lang=en-US',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/**
 * Returns the id of the tab showing a URL that matches pattern.
 * @param {import('playwright-core').Worker} worker
 * @param {string} pattern a match pattern, e.g. "http://rated.example/*"
 */
export async function tabIdOf(worker, pattern) {
  const ids = await worker.evaluate(async (p) => (await chrome.tabs.query({ url: p })).map((t) => t.id), pattern);
  if (ids.length !== 1) throw new Error(`expected one tab for ${pattern}, found ${ids.length}`);
  return ids[0];
}

/**
 * Reads a tab's badge text and colour ("#rrggbb").
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 */
export async function badgeOf(worker, tabId) {
  return worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const [r, g, b] = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    const hex = (n) => n.toString(16).padStart(2, '0');
    return { text, color: `#${hex(r)}${hex(g)}${hex(b)}` };
  }, tabId);
}

/**
 * Waits until a tab's badge shows the wanted text.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {string} text
 * @param {number} [timeoutMs]
 */
export async function waitForBadge(worker, tabId, text, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await badgeOf(worker, tabId);
    if (last.text === text) return last;
    if (Date.now() > deadline) throw new Error(`badge of tab ${tabId} is ${JSON.stringify(last)}, want text ${JSON.stringify(text)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Writes the extension's settings, as the options page would.
 * @param {import('playwright-core').Worker} worker
 * @param {{server: string, mode: string, lang: string}} settings
 */
export async function setSettings(worker, settings) {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}
