// The web pages in real headless Chromium: a database seeded by crawling a
// loopback site (rated.example), `legible serve` on a free port, then the
// report page in English and Arabic (right to left), the draft form, the
// unknown-site page with its request button, the home page and its search,
// and a phone-sized viewport. Screenshots go to e2e/artifacts/.
//
//   go build -o /tmp/legible ./cmd/legible
//   LEGIBLE_BIN=/tmp/legible node --test e2e/pages.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSite } from './lib/site.mjs';
import { legibleBin, crawlLoopback, startServe } from './lib/legible.mjs';
import { haveChromium, launchChromium, screenshot } from './lib/browser.mjs';
import { a11yProblems } from './lib/a11y.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const RATED = 'rated.example';

const bin = legibleBin();
const skip = !haveChromium() ? 'no Chromium (set CHROMIUM_PATH)' : !bin ? 'LEGIBLE_BIN is not set to a built legible binary' : false;

/** Every quoted piece of evidence in a site report from the JSON API. */
function quotesOf(report) {
  const quotes = [];
  for (const c of report?.criteria ?? []) {
    for (const f of c.findings ?? []) if (f.quote) quotes.push(f.quote);
  }
  return quotes;
}

/**
 * Opens a page that records console errors (Content-Security-Policy
 * violations among them), script errors and failed sub-resources. An error
 * status of the page itself is the test's to check, so it is not recorded.
 */
async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems, close: () => context.close() };
}

test('the pages in Chromium', { skip, timeout: 300_000 }, async (t) => {
  const tmp = await mkdtemp(join(tmpdir(), 'legible-pages-e2e-'));
  const cleanups = [() => rm(tmp, { recursive: true, force: true })];
  t.after(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  });

  const site = await startSite(join(FIXTURES, 'rated'));
  cleanups.push(site.close);
  const db = join(tmp, 'legible.db');
  await crawlLoopback({ bin, db, port: site.port, domains: [RATED], args: ['--delay', '100ms'] });
  assert.ok(site.requests.some((r) => r.path.startsWith('/privacy-policy')), 'the crawler fetched the privacy policy');

  // "Request a rating" queues only domains that resolve to a reachable
  // address: the unrated site resolves to the loopback site.
  const server = await startServe({
    bin,
    db,
    args: ['--allow-private', '--resolve', `unrated.example=127.0.0.1:${site.port}`],
  });
  cleanups.push(server.close);
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const api = await fetch(`${server.url}/v1/sites/${RATED}`);
  assert.equal(api.status, 200, 'the API knows the crawled site');
  const report = await api.json();
  const grade = report.grade ?? report.score?.grade;
  assert.match(grade ?? '', /^[A-E]$/, 'the crawled site has a grade');
  const quotes = quotesOf(report.report ?? report);

  await t.test('report page in English shows the grade and the evidence', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      const res = await page.goto(`${server.url}/sites/${RATED}?lang=en`);
      assert.equal(res.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.equal((await page.textContent('.summary .big-grade-letter')).trim(), grade);
      assert.match(await page.textContent('.summary .reading'), /minute/);
      const shown = await page.locator('.criteria .quote p').allTextContents();
      assert.ok(shown.length > 0, 'the report quotes evidence');
      assert.ok(quotes.length === 0 || shown.some((q) => quotes.includes(q.trim())), 'a quote matches the API report');
      assert.ok((await page.locator('.finding-kind').count()) > 0, 'findings are marked by kind in words');
      assert.equal(await page.locator('svg.chart.line[role="img"] > title').count(), 1, 'the history chart has a title');
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-report-en');
      assert.deepEqual(problems, [], 'no console errors or CSP violations');
    } finally {
      await close();
    }
  });

  await t.test('report page in Arabic is right to left', async () => {
    const { page, problems, close } = await openPage(browser, { locale: 'ar-EG' });
    try {
      const res = await page.goto(`${server.url}/sites/${RATED}`);
      assert.equal(res.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      assert.equal((await page.textContent('.summary .big-grade-letter')).trim(), grade);
      assert.match(await page.textContent('h1'), /تقرير/);
      assert.ok((await page.locator('.criteria .quote').count()) > 0, 'the Arabic report quotes evidence');
      // Mirrored layout: the grade sits at the right edge of the summary.
      const box = await page.locator('.summary .big-grade').boundingBox();
      const summary = await page.locator('.summary').boundingBox();
      assert.ok(box.x + box.width / 2 > summary.x + summary.width / 2, 'grade box is on the right');
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-report-ar');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('report page in Arabic names the criteria in Arabic', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${server.url}/sites/${RATED}?lang=ar`);
      const names = (await page.locator('.criteria .criterion > h3').allTextContents()).map((n) => n.trim());
      assert.ok(names.length > 0, 'the report lists criteria');
      for (const n of names) assert.match(n, /[\u0600-\u06ff]/, `criterion "${n}" is in Arabic`);
      assert.equal(await page.locator('.criteria .criterion > h3[lang="en"]').count(), 0, 'no criterion falls back to English');
      assert.ok(names.includes('الشفافية وسهولة القراءة'), `criteria: ${names}`);
      assert.equal((await page.textContent('.summary .how-link')).trim(), 'كيف نقيّم');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('How we score, linked from a grade, in English and Arabic', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${server.url}/sites/${RATED}?lang=en`);
      await Promise.all([page.waitForURL(/\/how-we-score\?lang=en/), page.click('.summary .how-link')]);
      assert.equal((await page.textContent('h1')).trim(), 'How we score');
      assert.equal(await page.locator('table.bands tbody tr').count(), 5, 'one row per grade');
      assert.match(await page.textContent('#grades'), /A best … E worst/);
      assert.ok((await page.locator('.how-criteria li').count()) > 0, 'the criteria are listed');
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-how-en');
      await page.click('nav.langs a[hreflang="ar"]');
      await page.waitForURL(/lang=ar/);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal((await page.textContent('h1')).trim(), 'كيف نقيّم');
      assert.match(await page.textContent('#grades'), /A الأفضل … E الأسوأ/);
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-how-ar');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('the draft form returns a grade', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${server.url}/check?lang=en`);
      await page.fill('#text', await readFile(join(FIXTURES, 'draft-en.txt'), 'utf8'));
      await page.selectOption('#language', 'en');
      await Promise.all([page.waitForURL(/\/check/), page.click('form.draft button[type=submit]')]);
      await page.waitForSelector('.result .big-grade-letter');
      assert.match((await page.textContent('.result .big-grade-letter')).trim(), /^[A-E]$/);
      assert.match(await page.textContent('.result .score'), /out of 100/);
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-check-en');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('an unknown site offers a rating request', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      const res = await page.goto(`${server.url}/sites/unrated.example?lang=ar`);
      assert.equal(res.status(), 404);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-notrated-ar');
      await Promise.all([page.waitForURL(/requested=1/), page.click('form button[type=submit]')]);
      assert.match(await page.textContent('[role=status]'), /unrated\.example/);
      assert.equal(await page.getAttribute('html', 'lang'), 'ar', 'the language survives the request');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('home page: leaderboard, chart, search and skip link', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${server.url}/?lang=en`);
      assert.ok((await page.locator('.board a', { hasText: RATED }).count()) > 0, 'the rated site is on a leaderboard');
      assert.equal(await page.locator('svg.chart.bars[role="img"] > title').count(), 1, 'the grade chart has a title');
      assert.deepEqual(await a11yProblems(page), [], 'accessibility');
      await screenshot(page, 'pages-home-en');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip', 'the skip link comes first');
      await page.fill('#q', `https://WWW.${RATED.toUpperCase()}/privacy-policy`);
      await Promise.all([page.waitForURL(new RegExp(`/sites/${RATED}`)), page.press('#q', 'Enter')]);
      assert.equal((await page.textContent('.summary .big-grade-letter')).trim(), grade);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  await t.test('the report fits a phone screen', async () => {
    const { page, problems, close } = await openPage(browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`${server.url}/sites/${RATED}?lang=ar`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      await screenshot(page, 'pages-report-phone-ar');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
