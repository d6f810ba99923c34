// The Legible server for the extension's end-to-end test: the real binary
// ($LEGIBLE_BIN crawl, then serve) seeded from the loopback sites, or, when no
// binary is given, a small stand-in that speaks the same lookup contract
// (/v1/lookup/{prefix}, /v1/table, /v1/sites/{domain}, /sites/{domain}).

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
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

/**
 * Starts a stand-in server that rates the given sites, on a free loopback port.
 * @param {Array<{domain: string, grade: string, score: number, reading_minutes: number, checked_at: string, top_findings: object[]}>} sites
 * @returns {Promise<{url: string, log: () => string, close: () => Promise<void>}>}
 */
export async function startStub(sites) {
  const rows = sites.map((s) => ({ ...s, hash: createHash('sha256').update(s.domain).digest('hex') }));
  const table = JSON.stringify({
    generated_at: new Date().toISOString(),
    sites: rows.map((s) => ({ h: s.hash, g: s.grade, s: s.score, m: s.reading_minutes, c: s.checked_at })),
  });
  const etag = `"${createHash('sha256').update(table).digest('hex').slice(0, 16)}"`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, ...headers });
      res.end(body);
    };
    let m;
    if ((m = /^\/v1\/lookup\/([0-9a-f]{4})$/.exec(path))) {
      const bucket = rows.filter((s) => s.hash.startsWith(m[1])).map(({ domain: _d, ...s }) => s);
      return send(200, 'application/json', JSON.stringify({ prefix: m[1], sites: bucket }));
    }
    if (path === '/v1/table') {
      if (req.headers['if-none-match'] === etag) return send(304, 'application/json', '', { ETag: etag });
      return send(200, 'application/json', table, { ETag: etag });
    }
    if ((m = /^\/v1\/sites\/([^/]+)$/.exec(path))) {
      const s = rows.find((r) => r.domain === m[1]);
      if (!s) return send(404, 'application/problem+json', JSON.stringify({ title: 'not found' }));
      return send(200, 'application/json', JSON.stringify({ domain: s.domain, rated: true, grade: s.grade, score: s.score, reading_minutes: s.reading_minutes, top_findings: s.top_findings }));
    }
    if ((m = /^\/sites\/([^/]+)$/.exec(path))) {
      return send(200, 'text/html; charset=utf-8', `<!doctype html><title>${m[1]}</title><h1>${m[1]}</h1>`);
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log: () => '',
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
