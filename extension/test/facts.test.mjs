import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { factsToShow, factKey, factLabel, plainQuote, quoteText } from '../lib/facts.js';
import { translator } from '../lib/i18n.js';

async function messages(lang) {
  return JSON.parse(await readFile(new URL(`../_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
}

const sells = { id: 'sells-data', answer: 'no', kind: 'good', label: 'Does not sell your data', quote: 'We **do not sell** your data.', document: 'privacy' };

test('factsToShow keeps only quoted good and bad facts', () => {
  const got = factsToShow([
    sells,
    { id: 'retention', answer: 'unknown', kind: 'missing', label: 'Does not say how long data is kept', quote: '', document: 'privacy' },
    { id: 'third-party-access', answer: 'yes-unspecified', kind: 'bad', label: 'Shares your data', quote: '', document: 'privacy' },
    { id: '', answer: '', kind: 'bad', label: 'An old finding', quote: 'We share it.', document: 'privacy' },
  ]);
  assert.deepEqual(got.map((f) => f.label), ['Does not sell your data', 'An old finding']);
  assert.deepEqual(factsToShow(null), []);
});

test('factKey', () => {
  assert.equal(factKey('sells-data', 'no'), 'fact_sells_data_no');
  assert.equal(factKey('data-breaches', 'yes-72'), 'fact_data_breaches_yes_72');
  assert.equal(factKey('', 'no'), '');
  assert.equal(factKey('sells-data', ''), '');
});

test('factLabel says a fact in the user language, else the server English label', async () => {
  const long = { ...sells, label: 'Does the service sell or rent your personal data? No, it says it does not sell' };
  const cases = [
    ['en', sells, 'Does not sell your data', 'en'],
    ['en', long, 'Does not sell your data', 'en'],
    ['en', { ...long, id: 'a-new-practice' }, long.label, 'en'],
    ['ar', sells, 'لا تبيع بياناتك', 'ar'],
    ['fr', sells, 'Ne vend pas vos données', 'fr'],
    ['ar', { ...sells, id: 'a-new-practice' }, 'Does not sell your data', 'en'],
    ['fr', { ...sells, id: '', answer: '' }, 'Does not sell your data', 'en'],
  ];
  for (const [lang, f, text, want] of cases) {
    const own = translator(await messages(lang));
    assert.deepEqual(factLabel(f, lang, own), { text, lang: want }, `${lang} ${f.id}`);
  }
});

// Every answer the rubric gives a practice has its words in every language,
// so that no fact of the popup falls back to English in Arabic or French.
test('every practice answer of the rubric has a label in ar and fr', async (t) => {
  let rubric;
  try {
    rubric = JSON.parse(await readFile(new URL('../../scorer/data/rubric.json', import.meta.url), 'utf8'));
  } catch {
    t.skip('no scorer/data/rubric.json next to the extension');
    return;
  }
  const [ar, fr] = [await messages('ar'), await messages('fr')];
  for (const p of rubric.practices) {
    for (const answer of Object.keys(p.values)) {
      const key = factKey(p.practice, answer);
      assert.ok(ar[key]?.message, `ar ${key}`);
      assert.ok(fr[key]?.message, `fr ${key}`);
      assert.match(ar[key].message, /[\u0600-\u06ff]/, `ar ${key} is in Arabic`);
    }
  }
});

test('plainQuote drops Markdown marks', () => {
  const cases = [
    ['We **do not sell** your data.', 'We do not sell your data.'],
    ['## Selling\nWe do not sell it.', 'We do not sell it.'],
    ['- Write to [our team](mailto:a@b.example).', 'Write to our team.'],
    ['We keep it *only* as needed.', 'We keep it only as needed.'],
    ['**لا** نبيع بياناتك.', 'لا نبيع بياناتك.'],
    ['5*3 = 15', '5*3 = 15'],
  ];
  for (const [q, want] of cases) assert.equal(plainQuote(q), want, q);
});

test('quoteText puts an item under its list lead-in', () => {
  assert.equal(quoteText({ quote: 'meet any **applicable law**.', context: 'We share data to:' }), 'We share data to: … meet any applicable law.');
  assert.equal(quoteText({ quote: 'We **do not sell** your data.' }), 'We do not sell your data.');
  assert.equal(quoteText({ quote: 'We do not sell your data.', context: '' }), 'We do not sell your data.');
});
