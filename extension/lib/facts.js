// The practice facts the popup shows: from the server's top findings, only
// those it quotes (what the server is sure of), said in the user's language
// where the extension has the words. Pure: no browser APIs.

/**
 * Returns the findings worth showing: good or bad practice facts with a quote.
 * @param {import('./lookup.js').Finding[]|null|undefined} findings
 * @returns {import('./lookup.js').Finding[]}
 */
export function factsToShow(findings) {
  return (findings ?? []).filter((f) => (f.kind === 'good' || f.kind === 'bad') && f.quote);
}

/**
 * Returns the message key of a practice fact's answer, e.g. "fact_sells_data_no".
 * @param {string} id
 * @param {string} answer
 * @returns {string} "" when the finding is not a practice fact
 */
export function factKey(id, answer) {
  if (!id || !answer) return '';
  const slug = (s) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `fact_${slug(id)}_${slug(answer)}`;
}

/**
 * Returns a finding's label in the user's language, in the popup's own short
 * words for the fact ("Does not sell your data"); the server's English label
 * (question and answer) only when the extension has no words for the fact.
 * @param {import('./lookup.js').Finding} f
 * @param {string} lang
 * @param {(key: string) => string} own translator of the user's language only (no English fallback)
 * @returns {{text: string, lang: string}} the label and its language
 */
export function factLabel(f, lang, own) {
  const key = factKey(f.id, f.answer);
  if (key) {
    const text = own(key);
    if (text) return { text, lang };
  }
  return { text: f.label, lang: 'en' };
}

/**
 * Returns a quote without Markdown marks: heading lines above the sentence,
 * list and heading marks, bold, italic and code marks, and links reduced to
 * their text, on one line.
 * @param {string} q
 * @returns {string}
 */
export function plainQuote(q) {
  let s = String(q ?? '');
  const body = s.replace(/^[ \t]*#{1,6}[ \t]+.*$/gm, '');
  if (body.trim()) s = body;
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)/gm, '')
    .replace(/\*\*|__|`+/g, '')
    .replace(/(^|\s)\*|\*(?=\s|$|[.,;:!?])/g, '$1');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Returns what a finding quotes, as the reader should see it: the quote, and
 * before it the lead-in of the list it is an item of, when it is one
 * ("We share your data to: … meet any applicable law").
 * @param {{quote?: string, context?: string}} f
 * @returns {string}
 */
export function quoteText(f) {
  const q = plainQuote(f?.quote);
  const ctx = plainQuote(f?.context);
  return ctx ? `${ctx} … ${q}` : q;
}
