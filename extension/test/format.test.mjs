import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readingTime, relativeTime, formatNumber } from '../lib/format.js';
import { translator } from '../lib/i18n.js';

async function t(lang) {
  const load = async (l) => JSON.parse(await readFile(new URL(`../_locales/${l}/messages.json`, import.meta.url), 'utf8'));
  return translator(await load(lang), await load('en'));
}

test('readingTime says the time in words, rounded', async () => {
  const en = await t('en');
  const ar = await t('ar');
  const fr = await t('fr');
  const cases = [
    [en, 'en', 41.5, 'about 42 minutes'],
    [en, 'en', 1, 'about 1 minute'],
    [en, 'en', 0.4, 'less than a minute'],
    [en, 'en', 89, 'about 89 minutes'],
    [en, 'en', 150, 'about 2.5 hours'],
    [en, 'en', 600, 'about 10 hours'],
    [fr, 'fr', 41.5, 'environ 42 minutes'],
    [fr, 'fr', 150, 'environ 2,5\u00a0heures'],
    [ar, 'ar', 0.2, 'أقل من دقيقة'],
    [en, 'en', null, ''],
    [en, 'en', -3, ''],
    [en, 'en', Number.NaN, ''],
  ];
  for (const [tr, lang, minutes, want] of cases) assert.equal(readingTime(minutes, lang, tr), want, `${lang} ${minutes}`);
  const arabic = readingTime(41.5, 'ar', ar);
  assert.match(arabic, /^حوالي /);
  assert.match(arabic, /دقيقة/);
  assert.match(arabic, /42|٤٢/);
});

test('relativeTime counts back from now in the largest whole unit', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const cases = [
    ['2026-11-27T10:00:00Z', 'en', '3 days ago'],
    ['2026-11-29T11:00:00Z', 'en', 'yesterday'],
    ['2026-11-30T09:00:00Z', 'en', '3 hours ago'],
    ['2026-11-30T11:58:00Z', 'en', '2 minutes ago'],
    ['2026-11-30T11:59:50Z', 'en', 'now'],
    ['2026-12-30T00:00:00Z', 'en', 'now'],
    ['2026-10-25T00:00:00Z', 'en', 'last month'],
    ['2024-01-01T00:00:00Z', 'en', '2 years ago'],
    ['2026-11-27T10:00:00Z', 'fr', 'il y a 3 jours'],
    ['garbage', 'en', ''],
    [null, 'en', ''],
  ];
  for (const [iso, lang, want] of cases) assert.equal(relativeTime(iso, now, lang), want, `${iso} ${lang}`);
  assert.match(relativeTime('2026-11-27T10:00:00Z', now, 'ar'), /أيام/);
});

test('formatNumber', () => {
  assert.equal(formatNumber(72, 'en'), '72');
  assert.equal(formatNumber(72.4, 'fr'), '72');
});
