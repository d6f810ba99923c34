import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Resolver } from '../lib/resolver.js';
import { BUCKET_TTL_MS, TABLE_TTL_MS } from '../lib/cache.js';

const EXAMPLE = 'a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947'; // example.com
const SERVER = 'http://legible.test:8080';
const bucketBody = JSON.parse(await readFile(new URL('./testdata/bucket-a379.json', import.meta.url), 'utf8'));

/** A fake server: answers /v1/lookup/{prefix} and /v1/table, and records every request. */
function fakeServer({ table = null, etag = '"t1"', fail = false } = {}) {
  const requests = [];
  const fetch = async (url, init = {}) => {
    requests.push({ url, init });
    if (fail) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname;
    const json = (status, body, headers = {}) => new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
    let m;
    if ((m = /^\/v1\/lookup\/([0-9a-f]{4})$/.exec(path))) {
      return json(200, m[1] === 'a379' ? bucketBody : { prefix: m[1], sites: [] });
    }
    if (path === '/v1/table' && table) {
      if (init.headers?.['If-None-Match'] === etag) return json(304, null, { ETag: etag });
      return json(200, table, { ETag: etag });
    }
    return json(404, { title: 'not found' });
  };
  return { fetch, requests };
}

function memoryStorage() {
  const data = new Map();
  return {
    data,
    async get(keys) {
      const out = {};
      for (const [k, v] of data) if (keys === null || keys.includes(k)) out[k] = structuredClone(v);
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
}

function memoryTableCache() {
  let entry = null;
  return {
    saves: 0,
    async load() {
      return entry && structuredClone(entry);
    },
    async save(e) {
      this.saves++;
      entry = structuredClone(e);
    },
    async clear() {
      entry = null;
    },
  };
}

function setup(serverOpts, clock = { now: Date.parse('2026-11-30T12:00:00Z') }) {
  const server = fakeServer(serverOpts);
  const storage = memoryStorage();
  const tableCache = memoryTableCache();
  const resolver = new Resolver({ fetch: server.fetch, storage, tableCache, now: () => clock.now });
  return { server, storage, tableCache, resolver, clock };
}

/** Asserts that no request carried the domain or its full hash anywhere. */
function assertPrivate(requests, secrets) {
  for (const r of requests) {
    const seen = JSON.stringify({ url: r.url, headers: r.init.headers ?? {}, body: r.init.body ?? null });
    for (const s of secrets) assert.ok(!seen.includes(s), `request ${seen} carries ${s}`);
    assert.equal(r.init.credentials, 'omit');
    assert.equal(r.init.referrerPolicy, 'no-referrer');
  }
}

test('range mode: states for rated, unrated and non-web pages', async () => {
  const { resolver, server } = setup();
  const range = { server: SERVER, mode: 'range' };
  const cases = [
    ['https://www.example.com/privacy', 'rated', 'example.com'],
    ['https://unrated.example/', 'unrated', 'unrated.example'],
    ['chrome://settings', 'none', undefined],
    ['http://192.168.1.1/', 'none', undefined],
  ];
  for (const [url, status, domain] of cases) {
    const state = await resolver.resolve(url, range);
    assert.equal(state.status, status, url);
    assert.equal(state.domain, domain, url);
  }
  const rated = await resolver.resolve('https://example.com/', range);
  assert.equal(rated.site.grade, 'B');
  assert.equal(rated.site.findings.length, 3);
  assert.deepEqual(
    server.requests.map((r) => r.url),
    [`${SERVER}/v1/lookup/a379`, `${SERVER}/v1/lookup/8d8b`],
  );
  assertPrivate(server.requests, ['example.com', 'unrated.example', EXAMPLE, '8d8bd5e8a17c429de9bddce287564c180aa610708d70be428ac0071230c49a8f']);
});

test('range mode: buckets are cached until they expire, keyed by prefix only', async () => {
  const { resolver, server, storage, clock } = setup();
  const range = { server: SERVER, mode: 'range' };
  await resolver.resolve('https://example.com/', range);
  await resolver.resolve('https://www.example.com/', range);
  assert.equal(server.requests.length, 1);
  assert.deepEqual([...storage.data.keys()], ['bucket:a379']);
  assert.ok(!JSON.stringify([...storage.data.entries()]).includes('example.com'), 'storage must not hold the visited domain');
  clock.now += BUCKET_TTL_MS;
  await resolver.resolve('https://example.com/', range);
  assert.equal(server.requests.length, 2);
  // Another server: the cached bucket does not apply.
  await resolver.resolve('https://example.com/', { server: 'http://other.test', mode: 'range' });
  assert.equal(server.requests.length, 3);
});

test('range mode: simultaneous lookups of one bucket share one request', async () => {
  const { resolver, server } = setup();
  const range = { server: SERVER, mode: 'range' };
  const states = await Promise.all(['https://a.example.com', 'https://b.example.com', 'https://example.com'].map((u) => resolver.resolve(u, range)));
  assert.deepEqual(states.map((s) => s.status), ['rated', 'rated', 'rated']);
  assert.equal(server.requests.length, 1);
});

test('an unreachable server gives an error state, not a grade', async () => {
  const { resolver } = setup({ fail: true });
  for (const mode of ['range', 'table']) {
    const state = await resolver.resolve('https://example.com/', { server: SERVER, mode });
    assert.equal(state.status, 'error', mode);
    assert.match(state.error, /Failed to fetch/);
  }
});

test('table mode: matches locally, revalidates with ETag, fetches findings by bucket', async () => {
  const table = { generated_at: '2026-11-30T00:00:00Z', sites: [{ h: EXAMPLE, g: 'B', s: 72, m: 41.5, c: '2026-11-27T10:00:00Z' }] };
  const { resolver, server, tableCache, clock } = setup({ table });
  const mode = { server: SERVER, mode: 'table' };

  const badge = await resolver.resolve('https://example.com/', mode);
  assert.equal(badge.status, 'rated');
  assert.equal(badge.site.findings, null);
  assert.equal((await resolver.resolve('https://unrated.example/', mode)).status, 'unrated');
  assert.deepEqual(server.requests.map((r) => new URL(r.url).pathname), ['/v1/table']);

  const popup = await resolver.resolve('https://example.com/', mode, { findings: true });
  assert.equal(popup.site.findings.length, 3);
  assert.deepEqual(server.requests.map((r) => new URL(r.url).pathname), ['/v1/table', '/v1/lookup/a379']);

  // A day later the table is revalidated; 304 keeps it.
  clock.now += TABLE_TTL_MS;
  assert.equal((await resolver.resolve('https://example.com/', mode)).status, 'rated');
  const last = server.requests.at(-1);
  assert.equal(new URL(last.url).pathname, '/v1/table');
  assert.equal(last.init.headers['If-None-Match'], '"t1"');
  assert.equal(tableCache.saves, 2);

  // A fresh resolver (a restarted service worker) reads the stored table without a request.
  const again = new Resolver({ fetch: server.fetch, storage: memoryStorage(), tableCache, now: () => clock.now });
  const before = server.requests.length;
  assert.equal((await again.resolve('https://example.com/', mode)).status, 'rated');
  assert.equal(server.requests.length, before);
  assertPrivate(server.requests, ['example.com', 'unrated.example', EXAMPLE]);
});

test('table mode: a failed refresh keeps the stale table', async () => {
  const table = { sites: [{ h: EXAMPLE, g: 'C', s: 55 }] };
  const clock = { now: 0 };
  const { resolver, server } = setup({ table }, clock);
  assert.equal((await resolver.resolve('https://example.com/', { server: SERVER, mode: 'table' })).site.grade, 'C');
  clock.now += TABLE_TTL_MS + 1;
  const failing = new Resolver({ fetch: async () => { throw new TypeError('offline'); }, storage: memoryStorage(), tableCache: resolver.tableCache, now: () => clock.now });
  const state = await failing.resolve('https://example.com/', { server: SERVER, mode: 'table' });
  assert.equal(state.status, 'rated');
  assert.equal(state.site.grade, 'C');
  assert.equal(server.requests.length, 1);
});

test('clear forgets buckets and the table', async () => {
  const { resolver, storage } = setup();
  await resolver.resolve('https://example.com/', { server: SERVER, mode: 'range' });
  await storage.set({ settings: { mode: 'range' } });
  await resolver.clear();
  assert.deepEqual([...storage.data.keys()], ['settings']);
});

test('a site rated but not graded in its language resolves to not_graded, in both modes', async () => {
  const hash = EXAMPLE;
  const notGraded = { prefix: 'a379', sites: [{ hash, grade: '', score: 0, reading_minutes: 14.2, checked_at: '2026-11-29T08:00:00Z', status: 'rated', top_findings: [] }] };
  for (const mode of ['range', 'table']) {
    const server = fakeServer({ table: { generated_at: '2026-11-30T00:00:00Z', sites: [{ h: hash, g: '', s: 0, m: 14.2, c: '2026-11-29T08:00:00Z' }] } });
    const fetch = async (url, init) => (new URL(url).pathname === '/v1/lookup/a379'
      ? new Response(JSON.stringify(notGraded), { status: 200, headers: { 'Content-Type': 'application/json' } })
      : server.fetch(url, init));
    const resolver = new Resolver({ fetch, storage: memoryStorage(), tableCache: memoryTableCache(), now: () => Date.parse('2026-11-30T12:00:00Z') });
    const state = await resolver.resolve('https://example.com/', { server: SERVER, mode }, { findings: true });
    assert.equal(state.status, 'not_graded', mode);
    assert.equal(state.site.grade, '', mode);
    assert.equal(state.site.readingMinutes, 14.2, mode);
  }
});
