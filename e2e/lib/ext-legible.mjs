// The Legible server for the extension's end-to-end test: the real binary
// ($LEGIBLE_BIN crawl, then serve) seeded from the loopback sites.

import { join } from 'node:path';

import { crawlLoopback, startServe } from './legible.mjs';

async function getJSON(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

/**
 * Crawls rated.example into a fresh SQLite database with the real binary,
 * then starts `legible serve` on a free loopback port (helpers shared with
 * the pages' end-to-end test).
 * @param {{bin: string, dir: string, sitePort: number}} opts
 * @returns {Promise<{url: string, log: () => string, close: () => Promise<void>}>}
 */
export async function startLegible({ bin, dir, sitePort }) {
  const db = join(dir, 'legible.db');
  await crawlLoopback({ bin, db, port: sitePort, domains: ['rated.example'] });
  return startServe({ bin, db });
}

/**
 * Reads what the server says about a site, through its public API, so the
 * test knows which grade the badge must show.
 * @param {string} url server base URL
 * @param {string} domain
 */
export async function siteReport(url, domain) {
  return getJSON(`${url}/v1/sites/${domain}`);
}
