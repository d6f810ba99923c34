import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { pickLanguage, dirOf, formatMessage, translator, SUPPORTED } from '../lib/i18n.js';

const localesDir = new URL('../_locales/', import.meta.url);

async function load(lang) {
  return JSON.parse(await readFile(new URL(`${lang}/messages.json`, localesDir), 'utf8'));
}

test('pickLanguage', () => {
  const cases = [
    ['auto', 'ar-EG', 'ar'],
    ['auto', 'fr_CA', 'fr'],
    ['auto', 'de-DE', 'en'],
    ['auto', undefined, 'en'],
    ['ar', 'en-US', 'ar'],
    ['fr', 'ar', 'fr'],
    ['xx', 'fr', 'fr'],
  ];
  for (const [setting, ui, want] of cases) assert.equal(pickLanguage(setting, ui), want, `${setting} ${ui}`);
});

test('dirOf', () => {
  assert.equal(dirOf('ar'), 'rtl');
  assert.equal(dirOf('ar-EG'), 'rtl');
  assert.equal(dirOf('en'), 'ltr');
  assert.equal(dirOf('fr'), 'ltr');
});

test('formatMessage substitutes like chrome.i18n', () => {
  const messages = {
    plain: { message: 'Hello' },
    pos: { message: 'Grade $1 of $2' },
    named: { message: 'About $TIME$!', placeholders: { time: { content: '$1' } } },
    dollars: { message: 'Costs $$5' },
    nested: { message: 'x $1 y' },
  };
  const cases = [
    ['plain', [], 'Hello'],
    ['pos', ['B', 'E'], 'Grade B of E'],
    ['pos', ['B'], 'Grade B of '],
    ['named', ['42 minutes'], 'About 42 minutes!'],
    ['dollars', [], 'Costs $5'],
    ['nested', ['$1 $$'], 'x $1 $$ y'],
    ['missing', [], ''],
  ];
  for (const [key, subs, want] of cases) assert.equal(formatMessage(messages, key, subs), want, key);
});

test('translator falls back to English for missing keys', () => {
  const t = translator({ a: { message: 'أ' } }, { a: { message: 'A' }, b: { message: 'B $1' } });
  assert.equal(t('a'), 'أ');
  assert.equal(t('b', 2), 'B 2');
  assert.equal(t('c'), '');
});

test('every locale has every message, with the same substitutions', async () => {
  const dirs = (await readdir(localesDir)).sort();
  assert.deepEqual(dirs, [...SUPPORTED].sort());
  const en = await load('en');
  for (const lang of SUPPORTED) {
    const m = await load(lang);
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), lang);
    for (const [key, entry] of Object.entries(m)) {
      assert.ok(entry.message.trim(), `${lang}/${key} is empty`);
      const subs = (s) => (s.match(/\$\d/g) ?? []).sort().join();
      assert.equal(subs(entry.message), subs(en[key].message), `${lang}/${key} substitutions`);
    }
  }
});

test('Arabic messages are in Arabic', async () => {
  const ar = await load('ar');
  for (const key of ['notRated', 'openReport', 'requestRating', 'revealNotice', 'readingAbout', 'findingsHeading']) {
    assert.match(ar[key].message, /[\u0600-\u06ff]/, key);
  }
});
