import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resolver } from '../lib/resolver.js';
import { sha256Hex } from '../lib/hash.js';
import { badgeFor } from '../lib/grade.js';
import { UNRATED_TTL_MS, REQUESTED_RECHECK_MS, REQUESTED_TTL_MS, BUCKET_TTL_MS, staleBucketKeys } from '../lib/cache.js';

const SERVER = 'http://legible.test:8080';

/** A server whose buckets the test edits, recording the requests. */
function editableServer() {
  const buckets = new Map(); // prefix -> sites
  const requests = [];
  const fetch = async (url, init = {}) => {
    requests.push({ url, init });
    const m = /\/v1\/lookup\/([0-9a-f]{4})$/.exec(new URL(url).pathname);
    const body = m ? { prefix: m[1], sites: buckets.get(m[1]) ?? [] } : { sites: [] };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { buckets, requests, fetch };
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

async function setup() {
  const server = editableServer();
  const storage = memoryStorage();
  const clock = { now: Date.parse('2026-11-30T12:00:00Z') };
  const tableCache = { load: async () => null, save: async () => {}, clear: async () => {} };
  const resolver = new Resolver({ fetch: server.fetch, storage, tableCache, now: () => clock.now });
  const hash = await sha256Hex('newsite.example');
  return { server, storage, clock, resolver, hash, prefix: hash.slice(0, 4) };
}

const range = { server: SERVER, mode: 'range' };
const URL_ = 'https://www.newsite.example/';

test('an unrated answer expires within minutes, not hours', async () => {
  const { server, clock, resolver, hash, prefix } = await setup();
  assert.equal((await resolver.resolve(URL_, range)).status, 'unrated');
  assert.equal(server.requests.length, 1);
  assert.equal((await resolver.resolve(URL_, range)).status, 'unrated');
  assert.equal(server.requests.length, 1, 'a fresh unrated answer is reused');
  server.buckets.set(prefix, [{ hash, grade: 'C', score: 55, checked_at: '2026-11-30T12:01:00Z', top_findings: [] }]);
  clock.now += UNRATED_TTL_MS;
  assert.equal((await resolver.resolve(URL_, range)).status, 'rated');
  assert.ok(UNRATED_TTL_MS <= 5 * 60 * 1000 && UNRATED_TTL_MS < BUCKET_TTL_MS);
  // Every bucket request bypasses the browser's HTTP cache.
  for (const r of server.requests) assert.equal(r.init.cache, 'no-cache');
});

test('a request invalidates the bucket and turns "?" into a grade without waiting', async () => {
  const { server, storage, clock, resolver, hash, prefix } = await setup();
  const first = await resolver.resolve(URL_, range);
  assert.equal(first.status, 'unrated');
  assert.equal(badgeFor(first).text, '?');

  await resolver.markRequested(URL_, range);
  assert.deepEqual([...storage.data.keys()], [`requested:${prefix}`], 'the cached bucket is dropped; the mark names the bucket only');
  assert.ok(!JSON.stringify([...storage.data.entries()]).includes('newsite'));

  // Reopening the popup at once: asked again, still pending.
  const pending = await resolver.resolve(URL_, range);
  assert.equal(pending.status, 'requested');
  assert.equal(badgeFor(pending).text, '?');
  assert.equal(server.requests.length, 2);

  // The rating is published; a minute later the popup opens again.
  server.buckets.set(prefix, [{ hash, grade: 'B', score: 71, checked_at: '2026-11-30T12:00:40Z', top_findings: [] }]);
  clock.now += REQUESTED_RECHECK_MS;
  const rated = await resolver.resolve(URL_, range);
  assert.equal(rated.status, 'rated');
  assert.equal(badgeFor(rated).text, 'B');
  assert.ok(!storage.data.has(`requested:${prefix}`), 'the mark is forgotten once answered');
});

test('a site without a policy is its own state, in the badge and after a request', async () => {
  const { server, clock, resolver, hash, prefix } = await setup();
  server.buckets.set(prefix, [{ hash, grade: '', score: 0, status: 'no_policy', missing: ['privacy', 'terms', 'cookies'], checked_at: '2026-11-29T08:00:00Z' }]);
  const state = await resolver.resolve(URL_, range);
  assert.equal(state.status, 'no_policy');
  assert.equal(state.site.checkedAt, '2026-11-29T08:00:00Z');
  assert.deepEqual(state.site.missing, ['privacy', 'terms', 'cookies']);
  assert.equal(badgeFor(state).text, '!');

  // Asked again: the old "no policy" does not answer the new request...
  await resolver.markRequested(URL_, range);
  assert.equal((await resolver.resolve(URL_, range)).status, 'requested');
  // ...a new crawl does.
  server.buckets.set(prefix, [{ hash, grade: '', score: 0, status: 'no_policy', checked_at: new Date(clock.now + 30_000).toISOString() }]);
  clock.now += REQUESTED_RECHECK_MS;
  assert.equal((await resolver.resolve(URL_, range)).status, 'no_policy');
});

test('table mode asks for the bucket only after a request', async () => {
  const { server, clock, resolver, hash, prefix } = await setup();
  const table = { server: SERVER, mode: 'table' };
  resolver.table = { server: SERVER, etag: '', storedAt: clock.now, map: new Map() };
  assert.equal((await resolver.resolve(URL_, table)).status, 'unrated');
  assert.equal(server.requests.length, 0);
  await resolver.markRequested(URL_, table);
  server.buckets.set(prefix, [{ hash, grade: 'A', score: 90, checked_at: '2026-11-30T12:00:10Z', top_findings: [] }]);
  assert.equal((await resolver.resolve(URL_, table)).status, 'rated');
  assert.deepEqual(server.requests.map((r) => new URL(r.url).pathname), [`/v1/lookup/${prefix}`]);
});

test('old request marks are pruned', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const items = { 'requested:abcd': { storedAt: now - REQUESTED_TTL_MS }, 'requested:0123': { storedAt: now - 1000 } };
  assert.deepEqual(staleBucketKeys(items, now), ['requested:abcd']);
});
