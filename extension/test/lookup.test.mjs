import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseBucket, parseTable, findInBucket, withFindings, normalizeFindings, MAX_FINDINGS } from '../lib/lookup.js';

const EXAMPLE = 'a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1947';

async function fixture(name) {
  return JSON.parse(await readFile(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
}

test('parseBucket keeps the valid entries of the asked bucket', async () => {
  const sites = parseBucket(await fixture('bucket-a379.json'), 'a379');
  assert.deepEqual(sites.map((s) => s.hash.slice(0, 8)), ['a379a6f6', 'a379ffff']);
  const [ex] = sites;
  assert.equal(ex.grade, 'B');
  assert.equal(ex.score, 72);
  assert.equal(ex.readingMinutes, 41.5);
  assert.equal(ex.checkedAt, '2026-11-27T10:00:00Z');
  assert.equal(ex.findings.length, MAX_FINDINGS);
  assert.deepEqual(ex.findings[2], { id: '', answer: '', kind: 'missing', label: 'No contact for privacy questions', quote: '', document: 'privacy' });
});

test('parseBucket rejects answers of the wrong shape or bucket', () => {
  const cases = [
    [null, /no "sites"/],
    ['text', /no "sites"/],
    [{ prefix: 'a379' }, /no "sites"/],
    [{ prefix: 'a379', sites: {} }, /no "sites"/],
    [{ prefix: 'b000', sites: [] }, /does not match/],
  ];
  for (const [body, err] of cases) assert.throws(() => parseBucket(body, 'a379'), err, JSON.stringify(body));
  assert.deepEqual(parseBucket({ sites: [] }, 'a379'), []);
});

test('findInBucket matches the full hash only', async () => {
  const sites = parseBucket(await fixture('bucket-a379.json'), 'a379');
  const cases = [
    [EXAMPLE, 'B'],
    ['a379ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', 'E'],
    ['a379a6f6eeafb9a55e378c118034e2751e682fab9f2d30ab13d2125586ce1948', null],
    ['a379', null],
  ];
  for (const [hash, grade] of cases) assert.equal(findInBucket(sites, hash)?.grade ?? null, grade, hash);
});

test('normalizeFindings drops malformed findings and clips long text', () => {
  const got = normalizeFindings([
    { kind: 'ugly', label: 'x' },
    { kind: 'bad', label: '   ' },
    { kind: 'good', label: 'ok', quote: 'q'.repeat(1000), document: 'terms' },
    'nope',
  ]);
  assert.equal(got.length, 1);
  assert.equal(got[0].quote.length, 600);
  assert.deepEqual(normalizeFindings(undefined), []);
});

test('parseTable maps hashes to rows and skips bad rows', () => {
  const map = parseTable({
    generated_at: '2026-11-30T00:00:00Z',
    sites: [
      { h: EXAMPLE, g: 'B', s: 72, m: 41.5, c: '2026-11-27T10:00:00Z' },
      { h: EXAMPLE.toUpperCase().replace('A379', 'B379'), g: 'A', s: 90 },
      { h: 'x', g: 'A', s: 90 },
      { h: 'c'.repeat(64), g: 'F', s: 90 },
      { h: 'd'.repeat(64), g: 'C', s: -1 },
    ],
  });
  assert.deepEqual([...map.keys()], [EXAMPLE, EXAMPLE.replace('a379', 'b379')]);
  assert.deepEqual(map.get(EXAMPLE), { hash: EXAMPLE, grade: 'B', score: 72, readingMinutes: 41.5, checkedAt: '2026-11-27T10:00:00Z', findings: null, status: 'rated', missing: [] });
  assert.throws(() => parseTable({}), /no "sites"/);
});

test('withFindings adds the bucket findings of the same site only', async () => {
  const row = parseTable({ sites: [{ h: EXAMPLE, g: 'B', s: 72 }] }).get(EXAMPLE);
  const sites = parseBucket(await fixture('bucket-a379.json'), 'a379');
  assert.equal(withFindings(row, findInBucket(sites, EXAMPLE)).findings.length, 3);
  assert.equal(withFindings(row, sites[1]).findings, null);
  assert.equal(withFindings(row, null).findings, null);
});

test('sites without a policy, or whose crawl failed, are kept with their status and no grade', () => {
  const nopol = 'a379' + '0'.repeat(60);
  const failed = 'a379' + '1'.repeat(60);
  const sites = parseBucket({
    prefix: 'a379',
    sites: [
      { hash: nopol, grade: '', score: 0, checked_at: '2026-11-29T08:00:00Z', status: 'no_policy', missing: ['privacy', 'terms', 'bogus'] },
      { hash: failed, grade: '', status: 'failed', checked_at: '2026-11-29T08:00:00Z' },
      { hash: 'a379' + '2'.repeat(60), grade: '', status: 'lost' },
      { hash: 'a379' + '3'.repeat(60), grade: 'B', score: 70, status: 'no_policy' },
    ],
  }, 'a379');
  assert.deepEqual(sites.map((s) => [s.status, s.grade]), [['no_policy', ''], ['failed', ''], ['rated', 'B']]);
  assert.deepEqual(sites[0].missing, ['privacy', 'terms']);
  assert.equal(sites[0].checkedAt, '2026-11-29T08:00:00Z');
  const table = parseTable({ sites: [{ h: nopol, g: '', s: 0, c: '2026-11-29T08:00:00Z', st: 'no_policy' }, { h: failed, g: '', st: 'unknown' }] });
  assert.deepEqual([...table.keys()], [nopol]);
  assert.equal(table.get(nopol).status, 'no_policy');
});

test('a site rated but not graded in its language is kept as not_graded, measured', () => {
  const ng = 'a379' + '4'.repeat(60);
  const sites = parseBucket({
    prefix: 'a379',
    sites: [
      { hash: ng, grade: '', score: 0, reading_minutes: 14.2, checked_at: '2026-11-29T08:00:00Z', status: 'rated', top_findings: [] },
      { hash: 'a379' + '5'.repeat(60), grade: '', reading_minutes: 3 },
    ],
  }, 'a379');
  assert.deepEqual(sites.map((s) => [s.status, s.grade, s.readingMinutes]), [['not_graded', '', 14.2], ['not_graded', '', 3]]);
  const table = parseTable({ sites: [{ h: ng, g: '', s: 0, m: 14.2, c: '2026-11-29T08:00:00Z' }] });
  assert.equal(table.get(ng).status, 'not_graded');
  assert.equal(table.get(ng).readingMinutes, 14.2);
});

test('findings keep the practice fact id and answer', () => {
  const [f] = normalizeFindings([{ id: 'sells-data', answer: 'no', kind: 'good', label: 'Does not sell your data', quote: 'We do not sell it.', document: 'privacy' }]);
  assert.equal(f.id, 'sells-data');
  assert.equal(f.answer, 'no');
});
