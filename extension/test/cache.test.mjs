import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFresh, staleBucketKeys, bucketKey, BUCKET_TTL_MS } from '../lib/cache.js';

test('isFresh', () => {
  const now = 1_000_000_000;
  const cases = [
    [{ storedAt: now }, 1000, true],
    [{ storedAt: now - 999 }, 1000, true],
    [{ storedAt: now - 1000 }, 1000, false],
    [{ storedAt: now + 5 }, 1000, false],
    [{ storedAt: 'yesterday' }, 1000, false],
    [{}, 1000, false],
    [null, 1000, false],
  ];
  for (const [entry, ttl, want] of cases) assert.equal(isFresh(entry, now, ttl), want, JSON.stringify(entry));
});

test('staleBucketKeys drops expired buckets, then the oldest beyond the cap', () => {
  const now = 10 * BUCKET_TTL_MS;
  const items = {
    settings: { server: 'x' },
    [bucketKey('0001')]: { storedAt: now - 1 },
    [bucketKey('0002')]: { storedAt: now - 2 },
    [bucketKey('0003')]: { storedAt: now - 3 },
    [bucketKey('dead')]: { storedAt: now - BUCKET_TTL_MS },
    [bucketKey('bad0')]: 'garbage',
  };
  assert.deepEqual(staleBucketKeys(items, now), ['bucket:bad0', 'bucket:dead']);
  assert.deepEqual(staleBucketKeys(items, now, BUCKET_TTL_MS, 2), ['bucket:0003', 'bucket:bad0', 'bucket:dead']);
  assert.deepEqual(staleBucketKeys(undefined, now), []);
});
