import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeServerUrl, permissionPattern, normalizeSettings, reportUrl, bucketUrl, tableUrl, settingsChange, DEFAULT_SETTINGS } from '../lib/settings.js';

test('normalizeServerUrl', () => {
  const ok = [
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['  https://Legible.Example/  ', 'https://legible.example'],
    ['legible.example', 'https://legible.example'],
    ['https://example.org/legible/', 'https://example.org/legible'],
    ['http://127.0.0.1:41000', 'http://127.0.0.1:41000'],
  ];
  for (const [input, want] of ok) assert.equal(normalizeServerUrl(input), want, input);
  const bad = [
    ['', /empty/],
    ['ftp://example.org', /only http and https/],
    ['https://me:pw@example.org', /user name or password/],
    ['https://example.org/?q=1', /query or fragment/],
    ['https://example.org/#x', /query or fragment/],
    ['http://', /not a valid address/],
  ];
  for (const [input, err] of bad) assert.throws(() => normalizeServerUrl(input), err, input);
});

test('permissionPattern covers the host on any port', () => {
  assert.equal(permissionPattern('http://localhost:8080'), 'http://localhost/*');
  assert.equal(permissionPattern('https://legible.example/base'), 'https://legible.example/*');
});

test('normalizeSettings fills defaults and drops bad values', () => {
  const cases = [
    [undefined, DEFAULT_SETTINGS],
    [{ server: 'https://a.example/', mode: 'table', lang: 'ar' }, { server: 'https://a.example', mode: 'table', lang: 'ar' }],
    [{ server: 'ftp://x', mode: 'spy', lang: 'de' }, DEFAULT_SETTINGS],
  ];
  for (const [raw, want] of cases) assert.deepEqual(normalizeSettings(raw), { ...want }, JSON.stringify(raw));
});

test('URLs of the server', () => {
  assert.equal(reportUrl('http://localhost:8080', 'bbc.co.uk'), 'http://localhost:8080/sites/bbc.co.uk');
  assert.equal(bucketUrl('http://localhost:8080', 'a379'), 'http://localhost:8080/v1/lookup/a379');
  assert.equal(tableUrl('https://x.example/base'), 'https://x.example/base/v1/table');
  assert.throws(() => bucketUrl('http://localhost:8080', 'example.com'), /bad prefix/);
  assert.throws(() => bucketUrl('http://localhost:8080', 'a379a6'), /bad prefix/);
});

test('settingsChange says what a new setting requires', () => {
  const base = { server: 'http://localhost:8080', mode: 'range', lang: 'en' };
  const cases = [
    [base, { ...base, lang: 'ar' }, 'none'],
    [base, { ...base }, 'none'],
    [undefined, base, 'none'],
    [base, { ...base, mode: 'table' }, 'relookup'],
    [base, { ...base, server: 'https://legible.example' }, 'clear'],
    [base, { ...base, server: 'https://legible.example', mode: 'table' }, 'clear'],
    [undefined, { server: 'http://127.0.0.1:9999' }, 'clear'],
  ];
  for (const [a, b, want] of cases) assert.equal(settingsChange(a, b), want, `${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
});
