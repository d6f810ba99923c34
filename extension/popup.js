// The popup: the grade of the site in the current tab, why, and — only when
// the user asks — a link to the full report on the server.

import { loadLocale, applyLocale } from './locale.js';
import { normalizeSettings, reportUrl, howWeScoreUrl } from './lib/settings.js';
import { factsToShow, factLabel, quoteText } from './lib/facts.js';
import { gradeColor, textColorOn } from './lib/grade.js';
import { readingTime, relativeTime, formatNumber, formatDate, formatDay } from './lib/format.js';
import { toUnicode } from './lib/punycode.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

const DOC_KEYS = { privacy: 'docPrivacy', terms: 'docTerms', cookies: 'docCookies', other: 'docOther' };
const KIND_KEYS = { bad: 'findingBad', good: 'findingGood', missing: 'findingMissing' };

/** The tab the popup is about: ?tab=ID when given, else the active tab. */
async function targetTabId() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error('no active tab');
  return tab.id;
}

/** Wraps text in Unicode isolates so a Latin host name inside an Arabic
 * sentence keeps its own direction. */
function isolate(s) {
  return `\u2068${s}\u2069`;
}

function show(id) {
  for (const s of ['rated', 'notgraded', 'unrated', 'requested', 'nopolicy', 'failed', 'none', 'error']) $(s).hidden = s !== id;
  $('loading').hidden = true;
  $('main').setAttribute('aria-busy', 'false');
}

function renderFinding(f, locale) {
  const { t } = locale;
  const li = document.createElement('li');
  li.className = `finding ${f.kind}`;
  const kind = document.createElement('div');
  kind.className = 'kind';
  kind.textContent = t(KIND_KEYS[f.kind]);
  const label = document.createElement('p');
  label.className = 'label';
  const text = factLabel(f, locale.lang, locale.own);
  label.lang = text.lang;
  label.dir = 'auto';
  label.textContent = text.text;
  li.append(kind, label);
  if (f.quote) {
    const q = document.createElement('blockquote');
    q.dir = 'auto'; // quotes come in the policy's language
    q.textContent = `“${quoteText(f)}”`;
    li.append(q);
  }
  if (f.document && DOC_KEYS[f.document]) {
    const src = document.createElement('div');
    src.className = 'source muted';
    src.textContent = t('findingFrom', t(DOC_KEYS[f.document]));
    li.append(src);
  }
  return li;
}

function renderRated(state, locale) {
  const { t, lang } = locale;
  const site = state.site;
  const g = $('grade');
  g.textContent = site.grade;
  g.style.background = gradeColor(site.grade);
  g.style.color = textColorOn(gradeColor(site.grade));
  g.setAttribute('aria-label', t('gradeLabel', site.grade));
  $('score').textContent = t('scoreOutOf', formatNumber(site.score, lang));
  $('reading').textContent = readingTime(site.readingMinutes, lang, t) || t('readingUnknown');
  const when = relativeTime(site.checkedAt, Date.now(), lang);
  $('checked').textContent = when ? t('checkedLabel', when) : '';
  $('checked').title = formatDate(site.checkedAt, lang);
  // Only the practice facts the server quotes: what it is sure of.
  const facts = factsToShow(site.findings);
  $('findings').replaceChildren(...facts.map((f) => renderFinding(f, locale)));
  const note = $('findings-note');
  note.hidden = facts.length > 0;
  note.textContent = state.findingsFailed || site.findings === null ? t('findingsUnavailable') : t('noFindings');
  show('rated');
}

function renderNotGraded(state, locale) {
  const { t, lang } = locale;
  $('grade-notgraded').setAttribute('aria-label', t('notGraded'));
  $('notgraded-reading').textContent = readingTime(state.site?.readingMinutes ?? null, lang, t) || t('readingUnknown');
  show('notgraded');
}

/** Shows the grade scale, what is rated and the link to how grades are made. */
function renderExplain(settings, locale) {
  $('how-link').href = howWeScoreUrl(settings.server, locale.lang);
  $('explain').hidden = false;
}

function renderReveal(state, settings, locale, key) {
  const { t } = locale;
  const url = reportUrl(settings.server, state.domain);
  const button = $('open-report');
  button.textContent = t(key);
  button.dataset.url = url;
  // Asking for a rating marks the site's bucket, so the next look-up asks
  // the server again instead of trusting the cached "not rated".
  button.dataset.request = key === 'requestRating' ? '1' : '';
  $('reveal-notice').textContent = t('revealNotice', isolate(new URL(settings.server).host));
  $('reveal').hidden = false;
}

function render(answer, locale) {
  const { state, settings } = answer;
  const { t } = locale;
  $('domain').textContent = state.domain ? toUnicode(state.domain) : '';
  $('reveal').hidden = true;
  $('explain').hidden = true;
  if (state.status === 'rated') {
    renderRated(state, locale);
    renderExplain(settings, locale);
    renderReveal(state, settings, locale, 'openReport');
  } else if (state.status === 'not_graded') {
    renderNotGraded(state, locale);
    renderExplain(settings, locale);
    renderReveal(state, settings, locale, 'openReport');
  } else if (state.status === 'unrated') {
    $('grade-unrated').setAttribute('aria-label', t('notRated'));
    show('unrated');
    renderReveal(state, settings, locale, 'requestRating');
  } else if (state.status === 'requested') {
    $('grade-requested').setAttribute('aria-label', t('notRated'));
    show('requested');
    renderReveal(state, settings, locale, 'openReport');
  } else if (state.status === 'no_policy' || state.status === 'failed') {
    const day = formatDay(state.site?.checkedAt ?? null, locale.lang);
    const id = state.status === 'no_policy' ? 'nopolicy' : 'failed';
    const key = state.status === 'no_policy' ? 'noPolicyFound' : 'crawlFailed';
    $(`${id}-text`).textContent = day ? t(`${key}Checked`, day) : t(key);
    $(`grade-${id}`).setAttribute('aria-label', t(key));
    show(id);
    renderReveal(state, settings, locale, 'openReport');
  } else if (state.status === 'error') {
    $('error-text').textContent = t('errorServer', isolate(settings.server));
    show('error');
  } else {
    show('none');
  }
  const looked = ['rated', 'not_graded', 'unrated', 'requested', 'no_policy', 'failed'].includes(state.status);
  const privacy = looked ? (state.mode === 'table' && state.status !== 'requested' ? 'privacyTable' : 'privacyRange') : '';
  $('privacy-note').textContent = privacy ? t(privacy) : '';
  $('server-note').textContent = t('serverInUse', isolate(serverHost(settings.server)));
}

/** The host (and port) of the server, as the user would recognise it. */
function serverHost(server) {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}

async function refresh(locale, tabId) {
  const answer = await api.runtime.sendMessage({ type: 'state', tabId });
  if (!answer || answer.error) throw new Error(answer?.error ?? 'no answer from the background');
  render(answer, locale);
}

async function main() {
  const { settings: raw } = await api.storage.local.get(['settings']);
  const settings = normalizeSettings(raw);
  const locale = await loadLocale(settings.lang);
  applyLocale(document, locale);
  document.title = locale.t('popupTitle');

  let tabId;
  $('open-report').addEventListener('click', async (ev) => {
    const { url, request } = ev.currentTarget.dataset;
    if (!url) return;
    if (request === '1' && tabId !== undefined) {
      await api.runtime.sendMessage({ type: 'requested', tabId }).catch((err) => console.warn('legible: request mark:', err));
    }
    await api.tabs.create({ url });
    window.close();
  });
  $('options-link').addEventListener('click', (ev) => {
    ev.preventDefault();
    api.runtime.openOptionsPage();
  });

  try {
    tabId = await targetTabId();
    await refresh(locale, tabId);
  } catch (err) {
    console.warn('legible: popup:', err instanceof Error ? err.message : err);
    $('error-text').textContent = locale.t('errorServer', settings.server);
    show('error');
  }
  $('retry').addEventListener('click', () => {
    $('loading').hidden = false;
    $('error').hidden = true;
    refresh(locale, tabId).catch(() => show('error'));
  });
}

main();
