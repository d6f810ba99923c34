// Parsing and matching of the server's private-lookup answers. The server
// returns every site of a hash bucket (or the whole table); the visited
// site's full hash is matched here, in the browser. Pure: no browser APIs.

import { isFullHash, PREFIX_LENGTH } from './hash.js';
import { isGrade } from './grade.js';

/** Most findings the popup shows. */
export const MAX_FINDINGS = 3;

const FINDING_KINDS = new Set(['bad', 'good', 'missing']);

/**
 * @typedef {object} Finding
 * @property {string} id      the practice fact's id ("sells-data"), "" when none
 * @property {string} answer  the practice fact's answer ("no"), "" when none
 * @property {'bad'|'good'|'missing'} kind
 * @property {string} label
 * @property {string} quote   quoted evidence ("" for a missing finding)
 * @property {string} document kind of the quoted document ("privacy", "terms"...)
 */

/**
 * @typedef {object} SiteRating
 * @property {string} hash  full SHA-256 of the registrable domain
 * @property {string} grade A to E, or "" when the site has no grade (see status)
 * @property {number} score 0 to 100
 * @property {number|null} readingMinutes
 * @property {string|null} checkedAt ISO 8601 time
 * @property {Finding[]|null} findings null when the source had none (the table)
 * @property {'rated'|'not_graded'|'no_policy'|'failed'} status how the site's
 *   latest crawl ended; not_graded: rated, but in a language Legible cannot
 *   grade yet (measured, no grade)
 * @property {string[]} missing kinds of document the crawl did not find
 */

/** Statuses of a site the server knows but could not grade. */
const UNGRADED = new Set(['no_policy', 'failed']);

/** Statuses of a site whose documents were read and measured. */
const MEASURED = new Set(['rated', 'not_graded']);

const DOC_KINDS = new Set(['privacy', 'terms', 'cookies']);

/**
 * Returns the status of an entry: "rated" with a grade; without one,
 * "no_policy" or "failed" when the server says so, else "not_graded" (the
 * site was rated in a language Legible cannot grade yet); null for a
 * malformed entry.
 * @param {unknown} grade
 * @param {unknown} status
 * @returns {'rated'|'not_graded'|'no_policy'|'failed'|null}
 */
function statusOf(grade, status) {
  if (isGrade(grade)) return 'rated';
  if (grade !== '' && grade !== undefined && grade !== null) return null;
  if (UNGRADED.has(status)) return status;
  if (status === undefined || status === null || status === '' || status === 'rated') return 'not_graded';
  return null;
}

function kinds(list) {
  return Array.isArray(list) ? list.filter((k) => DOC_KINDS.has(k)) : [];
}

function num(v, lo, hi) {
  return typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : null;
}

function time(v) {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null;
}

function str(v, max) {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

/**
 * Normalises the findings of a bucket entry, dropping malformed ones and
 * keeping the first MAX_FINDINGS (the server lists them most important first).
 * @param {unknown} list
 * @returns {Finding[]}
 */
export function normalizeFindings(list) {
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const f of list) {
    if (!f || typeof f !== 'object' || !FINDING_KINDS.has(f.kind)) continue;
    const label = str(f.label, 300).trim();
    if (!label) continue;
    out.push({ id: str(f.id, 80), answer: str(f.answer, 80), kind: f.kind, label, quote: str(f.quote, 600).trim(), document: str(f.document, 40) });
    if (out.length === MAX_FINDINGS) break;
  }
  return out;
}

/**
 * Parses a /v1/lookup/{prefix} answer. Entries that are malformed or lie
 * outside the asked bucket are dropped; a body of the wrong shape throws.
 * @param {unknown} body parsed JSON
 * @param {string} prefix the bucket asked for
 * @returns {SiteRating[]}
 */
export function parseBucket(body, prefix) {
  if (!body || typeof body !== 'object' || !Array.isArray(body.sites)) {
    throw new Error('lookup answer: no "sites" list');
  }
  if (typeof body.prefix === 'string' && body.prefix.toLowerCase() !== prefix) {
    throw new Error(`lookup answer: bucket ${body.prefix} does not match the prefix asked, ${prefix}`);
  }
  const out = [];
  for (const s of body.sites) {
    if (!s || typeof s !== 'object') continue;
    const hash = typeof s.hash === 'string' ? s.hash.toLowerCase() : '';
    const status = statusOf(s.grade, s.status);
    if (!isFullHash(hash) || hash.slice(0, PREFIX_LENGTH) !== prefix || !status) continue;
    const score = status === 'rated' ? num(s.score, 0, 100) : 0;
    if (score === null) continue;
    out.push({
      hash,
      grade: status === 'rated' ? s.grade : '',
      score,
      readingMinutes: MEASURED.has(status) ? num(s.reading_minutes, 0, 1e6) : null,
      checkedAt: time(s.checked_at),
      findings: status === 'rated' ? normalizeFindings(s.top_findings) : [],
      status,
      missing: kinds(s.missing),
    });
  }
  return out;
}

/**
 * Parses a /v1/table answer into a Map from full hash to rating (without
 * findings). Malformed rows are skipped; a body of the wrong shape throws.
 * @param {unknown} body parsed JSON
 * @returns {Map<string, SiteRating>}
 */
export function parseTable(body) {
  if (!body || typeof body !== 'object' || !Array.isArray(body.sites)) {
    throw new Error('table answer: no "sites" list');
  }
  const map = new Map();
  for (const r of body.sites) {
    if (!r || typeof r !== 'object') continue;
    const hash = typeof r.h === 'string' ? r.h.toLowerCase() : '';
    const status = statusOf(r.g, r.st);
    const score = status === 'rated' ? num(r.s, 0, 100) : 0;
    if (!isFullHash(hash) || !status || score === null) continue;
    map.set(hash, {
      hash,
      grade: status === 'rated' ? r.g : '',
      score,
      readingMinutes: MEASURED.has(status) ? num(r.m, 0, 1e6) : null,
      checkedAt: time(r.c),
      findings: status === 'rated' ? null : [],
      status,
      missing: [],
    });
  }
  return map;
}

/**
 * Finds the site with the given full hash among a bucket's sites.
 * @param {SiteRating[]} sites
 * @param {string} hash
 * @returns {SiteRating|null}
 */
export function findInBucket(sites, hash) {
  return sites.find((s) => s.hash === hash) ?? null;
}

/**
 * Merges a table row with the findings of the same site from its bucket.
 * @param {SiteRating} row
 * @param {SiteRating|null} fromBucket
 * @returns {SiteRating}
 */
export function withFindings(row, fromBucket) {
  if (!fromBucket || fromBucket.hash !== row.hash) return row;
  return { ...row, findings: fromBucket.findings, missing: fromBucket.missing ?? row.missing };
}
