// End-to-end test of what a reader meets when a site is not graded: in real
// Chromium with the extension, against a real `legible serve` with a crawl
// worker. A site without any policy shows "no policy found" in the badge,
// the popup and the server's page; a site nobody has rated turns from "?"
// into a grade after "Request a rating", without waiting for any cache to
// expire — and the server's page after the request reloads itself (no
// script) until the report is there.
//
//   LEGIBLE_BIN=$PWD/bin/legible node --test e2e/extension-request.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { crawlLoopback, startServe, legibleBin } from './lib/legible.mjs';
import { haveChromium, launchWithExtension, tabIdOf, waitForBadge, setSettings } from './lib/ext-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, 'extension');
const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');

const LATER = 'later.example';
const NOPOLICY = 'nopolicy.example';

const POLICY = `<h1>Privacy Policy</h1>
<p>This privacy policy explains which personal data Later Example collects when you use the service, why, and for how long.</p>
<h2>What we collect</h2>
<p>We collect your name and email address when you create an account, and keep them until you delete it and for thirty days afterwards.</p>
<h2>Sharing</h2>
<p>We do not sell your personal data. We share it only with the company that hosts our servers, under a contract that forbids any other use.</p>
<h2>Your rights</h2>
<p>You may ask for a copy of your data, and ask us to correct or delete it, by writing to privacy@later.example. You may complain to your data protection authority.</p>`;

function page(title, body, footer = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main>${footer}</body></html>`;
}

const SITES = {
  [LATER]: {
    '/': page('Later Example', '<h1>Later Example</h1><p>A service.</p>', '<footer><a href="/privacy">Privacy Policy</a></footer>'),
    '/privacy': page('Privacy Policy', POLICY),
  },
  [NOPOLICY]: {
    '/': page('No Policy Example', '<h1>No Policy Example</h1><p>We sell bread. There is no legal page here.</p>'),
  },
};

async function startSites() {
  const server = createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '').replace(/^www\./, '');
    const body = SITES[host]?.[new URL(req.url, 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#main[aria-busy="false"]', { timeout: 20_000 });
  return popup;
}

async function text(p, selector) {
  return (await p.locator(selector).textContent())?.trim() ?? '';
}

const bin = legibleBin();
const skip = !haveChromium() ? 'no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)' : !bin ? 'LEGIBLE_BIN is not set to a built legible binary' : false;

test('no policy found, and a requested rating that arrives', { skip, timeout: 600_000 }, async (t) => {
  const tmp = await mkdtemp(join(tmpdir(), 'legible-request-e2e-'));
  await mkdir(ARTIFACTS, { recursive: true });
  const cleanups = [];
  t.after(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
    await rm(tmp, { recursive: true, force: true });
  });

  const sites = await startSites();
  cleanups.push(sites.close);
  const db = join(tmp, 'legible.db');
  // Only the site without a policy is crawled beforehand.
  await crawlLoopback({ bin, db, port: sites.port, domains: [NOPOLICY], args: ['--delay', '0'] });
  const resolve = [LATER, NOPOLICY].flatMap((d) => ['--resolve', `${d}=127.0.0.1:${sites.port}`]);
  const server = await startServe({ bin, db, args: ['--workers', '1', '--allow-private', '--crawl-delay', '0', ...resolve] });
  cleanups.push(server.close);

  const { context, worker, extensionId } = await launchWithExtension({
    extensionDir: EXTENSION,
    userDataDir: join(tmp, 'profile'),
    hostRules: [`MAP ${LATER} 127.0.0.1:${sites.port}`, `MAP ${NOPOLICY} 127.0.0.1:${sites.port}`],
  });
  cleanups.push(() => context.close());

  await t.test('options: plain words first, the details behind a link, a bare host becomes https', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('#server');
    assert.match(await text(options, '#setup'), /^To see grades, Legible needs a server to ask\./);
    assert.equal(await options.locator('#setup.needed').count(), 1, 'the setup advice stands out until a server is saved');
    const upFront = await options.evaluate(() => {
      const clone = document.body.cloneNode(true);
      clone.querySelector('#how-private p')?.remove();
      return clone.innerText;
    });
    for (const jargon of ['k-anonymity', 'SHA-256', 'hex digits']) assert.ok(!upFront.includes(jargon), `"${jargon}" shown up front`);
    assert.equal(await text(options, '#how-private summary'), 'How private lookups work');
    await options.locator('#how-private summary').click();
    assert.match(await text(options, '#how-private p'), /SHA-256/);
    await options.fill('#server', 'legible.example');
    // The browser would ask for permission to reach that host; the test only
    // checks what would be saved.
    const normalized = await options.evaluate(async () => (await import('./lib/settings.js')).normalizeServerUrl(document.getElementById('server').value));
    assert.equal(normalized, 'https://legible.example');
    await options.screenshot({ path: join(ARTIFACTS, 'extension-options-setup-en.png'), fullPage: true });
    await options.close();
  });
  await setSettings(worker, { server: server.url, mode: 'range', lang: 'en' });

  const nopolicyPage = await context.newPage();
  await nopolicyPage.goto(`http://${NOPOLICY}/`);
  const laterPage = await context.newPage();
  await laterPage.goto(`http://${LATER}/`);
  const nopolicyTab = await tabIdOf(worker, `http://${NOPOLICY}/*`);
  const laterTab = await tabIdOf(worker, `http://${LATER}/*`);

  await t.test('a site without a policy: badge, popup and page say so', async () => {
    await waitForBadge(worker, nopolicyTab, '!');
    const popup = await openPopup(context, extensionId, nopolicyTab);
    assert.match(await text(popup, '#nopolicy-text'), /^No privacy policy found on this site \(checked [\w ,]+ \d{4}\)\.$/);
    assert.match(await text(popup, '#server-note'), new RegExp(`Server: .*${new URL(server.url).host}`));
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup-nopolicy-en.png'), fullPage: true });
    await popup.close();

    const report = await context.newPage();
    await report.goto(`${server.url}/sites/${NOPOLICY}`);
    assert.match(await text(report, '.outcome-text'), /^No privacy policy found on this site \(checked \d{1,2} \w+ \d{4}\)\.$/);
    assert.equal(await report.locator('text=Request a rating').count(), 0);
    await report.screenshot({ path: join(ARTIFACTS, 'page-nopolicy-en.png'), fullPage: true });
    await report.close();
  });

  await t.test('"Request a rating" turns "?" into a grade without waiting for a cache', async () => {
    await waitForBadge(worker, laterTab, '?');
    const popup = await openPopup(context, extensionId, laterTab);
    assert.equal(await text(popup, '#open-report'), 'Request a rating');
    const opened = context.waitForEvent('page', { timeout: 10_000 });
    await popup.locator('#open-report').click();
    const serverPage = await opened;
    await serverPage.waitForLoadState('domcontentloaded');
    assert.equal(serverPage.url(), `${server.url}/sites/${LATER}`);

    // The server's own form asks for the crawl; its answer thanks, and
    // reloads itself until the report exists, then drops the thanks.
    await serverPage.locator('form button[type="submit"]').click();
    await serverPage.waitForURL(/requested=1/);
    assert.match(await text(serverPage, '[role="status"]'), /^Thank you\./);
    assert.equal(await serverPage.locator('meta[http-equiv="refresh"]').count(), 1);
    await serverPage.waitForSelector('.big-grade-letter:not([data-grade="?"])', { timeout: 120_000 });
    assert.equal(await serverPage.locator('[role="status"]').count(), 0, 'the thanks are gone once the report exists');
    assert.equal(await serverPage.locator('meta[http-equiv="refresh"]').count(), 0);
    const grade = (await text(serverPage, '.big-grade-letter')).trim();
    assert.match(grade, /^[A-E]$/);
    await serverPage.screenshot({ path: join(ARTIFACTS, 'page-after-request-en.png'), fullPage: true });
    await serverPage.close();

    // Reopening the popup asks again (the cached "not rated" was dropped)
    // and shows the grade; no cache was cleared by hand.
    let shown = '';
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const again = await openPopup(context, extensionId, laterTab);
      if (await again.locator('#rated').isVisible()) {
        shown = await text(again, '#grade');
        await again.screenshot({ path: join(ARTIFACTS, 'extension-popup-after-request-en.png'), fullPage: true });
        await again.close();
        break;
      }
      assert.match(await text(again, '#requested .lead'), /^Rating requested — check back in a minute\.$/);
      await again.close();
      await new Promise((r) => setTimeout(r, 4000));
    }
    assert.equal(shown, grade, 'the popup shows the grade the server published');
    await laterPage.reload();
    await waitForBadge(worker, laterTab, grade);
  });
});
