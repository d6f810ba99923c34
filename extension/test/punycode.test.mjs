import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToUnicode } from 'node:url';
import { toUnicode, decodeLabel } from '../lib/punycode.js';

test('toUnicode decodes IDNA labels like Node does', () => {
  const cases = ['xn--bcher-kva.de', 'xn--mgbh0fb.xn--kgbechtv', 'www.xn--fiqs8s', 'example.xn--p1ai', 'plain.example.com', 'xn--maana-pta.com', 'xn--nxasmq6b.com'];
  for (const d of cases) assert.equal(toUnicode(d), domainToUnicode(d), d);
});

test('toUnicode leaves undecodable labels as they are', () => {
  for (const d of ['xn--.com', 'xn--zzzzzzzzzzzzzzzzzz.com', 'xn--a-ecp.example']) {
    assert.doesNotThrow(() => toUnicode(d), d);
  }
  assert.equal(toUnicode('xn--99999999999999999999.com'), 'xn--99999999999999999999.com');
  assert.throws(() => decodeLabel('ab!'), /bad digit/);
});
