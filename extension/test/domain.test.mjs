import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { registrableDomain, siteOf, publicSuffix, expandRules } from '../lib/domain.js';
import { RULE_COUNT, RULES } from '../lib/psl-data.js';

test('expandRules restores every rule of the compact list', () => {
  const set = expandRules(RULES);
  assert.equal(set.size, RULE_COUNT);
  for (const r of ['com', 'co.uk', '*.ck', '!www.ck', 'github.io', 'xn--p1ai', '*.kawasaki.jp', '!city.kawasaki.jp']) {
    assert.ok(set.has(r), `missing rule ${r}`);
  }
  assert.ok(!set.has('ck'), '"ck" is only a wildcard parent');
});

test('expandRules on a hand-made list', () => {
  assert.deepEqual([...expandRules('uk:co,*.sch;-ck:!www,*')].sort(), ['!www.ck', '*.ck', '*.sch.uk', 'co.uk', 'uk']);
});

test('publicSuffix follows the PSL algorithm', () => {
  const set = expandRules('uk:co;-ck:!www,*;jp:*.kawasaki,!city.kawasaki,kawasaki');
  const cases = [
    ['news.bbc.co.uk', 'co.uk'],
    ['bbc.co.uk', 'co.uk'],
    ['foo.ck', 'foo.ck'],
    ['a.foo.ck', 'foo.ck'],
    ['www.ck', 'ck'],
    ['x.city.kawasaki.jp', 'kawasaki.jp'],
    ['x.y.kawasaki.jp', 'y.kawasaki.jp'],
    ['example.unknown', 'unknown'],
  ];
  for (const [host, want] of cases) assert.equal(publicSuffix(host, set), want, host);
});

test('registrableDomain matches the server (Go x/net/publicsuffix) on a golden list', async () => {
  const text = await readFile(new URL('./testdata/etld1-go.tsv', import.meta.url), 'utf8');
  const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  assert.ok(rows.length >= 30);
  for (const [host, want] of rows) {
    assert.equal(registrableDomain(host), want === '-' ? null : want, host);
  }
});

test('registrableDomain rejects malformed hosts', () => {
  for (const host of ['', '.', 'a..b.com', '-bad.com', 'bad-.com', 'sp ace.com', 'under_score.com', 'x'.repeat(64) + '.com', `${'a.'.repeat(130)}com`]) {
    assert.equal(registrableDomain(host), null, JSON.stringify(host));
  }
  assert.equal(registrableDomain('WWW.Example.COM.'), 'example.com');
});

test('siteOf maps tab URLs to the site to look up', () => {
  const cases = [
    ['https://news.bbc.co.uk/world', 'bbc.co.uk'],
    ['http://www.example.com:8080/a?b#c', 'example.com'],
    ['https://user:pw@shop.example.com.au/', 'example.com.au'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://EXAMPLE.org./', 'example.org'],
    ['http://rated.example:41234/privacy', 'rated.example'],
    ['https://user.github.io/project', 'user.github.io'],
    ['https://github.io/', null],
    ['https://co.uk/', null],
    ['chrome://extensions/', null],
    ['chrome-extension://abcdefghijklmnop/popup.html', null],
    ['moz-extension://0000/options.html', null],
    ['about:blank', null],
    ['about:newtab', null],
    ['file:///home/me/policy.html', null],
    ['data:text/html,hi', null],
    ['view-source:https://example.com/', null],
    ['http://127.0.0.1:8080/', null],
    ['http://10.0.0.1/', null],
    ['http://[::1]:8080/', null],
    ['http://[2001:db8::1]/', null],
    ['http://localhost:3000/', null],
    ['http://app.localhost/', null],
    ['http://printer.local/', null],
    ['http://intranet/', null],
    ['http://db.internal/', null],
    ['http://abcdefghijklmnop.onion/', null],
    ['http://1.2.3.4.5/', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ];
  for (const [url, want] of cases) assert.equal(siteOf(url), want, String(url));
});
