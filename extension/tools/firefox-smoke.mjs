#!/usr/bin/env node
// Smoke check of the extension in Firefox (Debian's firefox-esr), driven over
// WebDriver BiDi by puppeteer-core, against the stand-in lookup server of the
// end-to-end tests. It installs the extension as a temporary add-on, opens a
// rated and an unrated loopback site, reads both badges, and renders the
// popup in English and Arabic. It is not part of `make test` (Firefox is not
// installed by .ci/run); run it by hand:
//
//   apt-get install firefox-esr
//   npm install --no-save puppeteer-core
//   MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1 node extension/tools/firefox-smoke.mjs [OUT_DIR]
//
// MOZ_REMOTE_ALLOW_SYSTEM_ACCESS lets the check open the extension's own
// pages, which WebDriver may not navigate to.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSites } from '../../e2e/lib/ext-site.mjs';
import { startStub } from '../../e2e/lib/ext-legible.mjs';

const EXTENSION = fileURLToPath(new URL('..', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const UUID = '6f1c1d2e-8a53-4c1b-9d7e-2f8a7b6c5d4e';
const OUT = process.argv[2] || '.';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { default: puppeteer } = await import('puppeteer-core');
  const sites = await startSites();
  const stub = await startStub([
    {
      domain: 'rated.example',
      grade: 'B',
      score: 71,
      reading_minutes: 41.5,
      checked_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      top_findings: [{ kind: 'bad', label: 'Shares data with advertisers', quote: 'We may share your information with our advertising partners.', document: 'privacy' }],
    },
  ]);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'extension@legible-app.org': UUID }),
      'network.dns.localDomains': 'rated.example,unrated.example',
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    await browser.installExtension(EXTENSION);
    console.log(`installed in ${await browser.version()}`);
    // Open the options page from the browser's own window.
    const session = browser.connection;
    const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    await session.send('script.evaluate', {
      expression: `gBrowser.selectedTab = gBrowser.addTab('moz-extension://${UUID}/options.html', { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); 1`,
      target: { context: tree.result.contexts[0].context },
      awaitPromise: false,
    });
    await sleep(3000);
    const ext = (await browser.pages()).at(-1);
    assert.match(await ext.evaluate(() => location.href), /options\.html$/);
    const set = (lang) => ext.evaluate((s) => browser.storage.local.set({ settings: s }), { server: stub.url, mode: 'range', lang });
    await set('en');

    for (const host of ['rated.example', 'unrated.example']) {
      const p = await browser.newPage();
      await p.goto(`http://${host}:${sites.port}/`);
    }
    await sleep(3000);
    const badges = await ext.evaluate(async () => {
      const out = {};
      for (const t of await browser.tabs.query({})) {
        const host = new URL(t.url).hostname;
        out[host] = { id: t.id, text: await browser.action.getBadgeText({ tabId: t.id }), color: await browser.action.getBadgeBackgroundColor({ tabId: t.id }) };
      }
      return out;
    });
    console.log('badges', JSON.stringify(badges));
    assert.equal(badges['rated.example'].text, 'B');
    assert.deepEqual(badges['rated.example'].color.slice(0, 3), [0x66, 0xbd, 0x63]);
    assert.equal(badges['unrated.example'].text, '?');
    assert.deepEqual(badges['unrated.example'].color.slice(0, 3), [0x9e, 0x9e, 0x9e]);

    for (const lang of ['en', 'ar']) {
      await set(lang);
      await ext.evaluate((u) => { location.href = u; }, `moz-extension://${UUID}/popup.html?tab=${badges['rated.example'].id}`).catch(() => {});
      await sleep(2500);
      await ext.waitForSelector('#main[aria-busy="false"]');
      const seen = await ext.evaluate(() => ({
        dir: document.documentElement.dir,
        grade: document.getElementById('grade').textContent,
        score: document.getElementById('score').textContent,
        reading: document.getElementById('reading').textContent,
        checked: document.getElementById('checked').textContent,
        findings: document.querySelectorAll('#findings li').length,
      }));
      console.log(lang, JSON.stringify(seen));
      assert.equal(seen.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(seen.grade, 'B');
      assert.equal(seen.findings, 1);
      await ext.setViewport({ width: 360, height: 560 });
      await ext.screenshot({ path: join(OUT, `firefox-popup-${lang}.png`) });
    }
    console.log('firefox smoke check passed');
  } finally {
    await browser.close();
    await stub.close();
    await sites.close();
  }
}

main().catch((err) => {
  console.error(`firefox-smoke: ${err.stack ?? err}`);
  process.exit(1);
});
