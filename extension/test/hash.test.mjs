import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex, bucketPrefix, isFullHash, PREFIX_LENGTH } from '../lib/hash.js';

test('sha256Hex gives the standard digest', async () => {
  const cases = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // Same value as legible.DomainHash("example.com") on the server.
    ['example.com', 'a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947'],
  ];
  for (const [input, want] of cases) assert.equal(await sha256Hex(input), want, input);
});

test('sha256Hex hashes UTF-8 bytes like Node crypto', async () => {
  for (const s of ['bbc.co.uk', 'bücher.de', 'مثال.إختبار', 'x'.repeat(1000)]) {
    assert.equal(await sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'), s);
  }
});

test('bucketPrefix keeps only the first four hex digits', () => {
  assert.equal(PREFIX_LENGTH, 4);
  assert.equal(bucketPrefix('a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947'), 'a379');
  for (const bad of ['a379', 'A379A6F6EEAFB9A55E378C118034E2751E682FAB9F2D30AB13D2125586CE1947', '', null, 'z'.repeat(64)]) {
    assert.throws(() => bucketPrefix(bad), /not a SHA-256/, String(bad));
  }
});

test('isFullHash', () => {
  const cases = [
    ['0'.repeat(64), true],
    ['f'.repeat(64), true],
    ['0'.repeat(63), false],
    ['0'.repeat(65), false],
    ['g'.repeat(64), false],
    [42, false],
  ];
  for (const [v, want] of cases) assert.equal(isFullHash(v), want, String(v));
});
