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
 * @property {'bad'|'good'|'missing'} kind
 * @property {string} label
 * @property {string} quote   quoted evidence ("" for a missing finding)
 * @property {string} document kind of the quoted document ("privacy", "terms"...)
 */

/**
 * @typedef {object} SiteRating
 * @property {string} hash  full SHA-256 of the registrable domain
 * @property {string} grade A to E
 * @property {number} score 0 to 100
 * @property {number|null} readingMinutes
 * @property {string|null} checkedAt ISO 8601 time
 * @property {Finding[]|null} findings null when the source had none (the table)
 */

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
    out.push({ kind: f.kind, label, quote: str(f.quote, 600).trim(), document: str(f.document, 40) });
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
    if (!isFullHash(hash) || hash.slice(0, PREFIX_LENGTH) !== prefix || !isGrade(s.grade)) continue;
    const score = num(s.score, 0, 100);
    if (score === null) continue;
    out.push({
      hash,
      grade: s.grade,
      score,
      readingMinutes: num(s.reading_minutes, 0, 1e6),
      checkedAt: time(s.checked_at),
      findings: normalizeFindings(s.top_findings),
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
    const score = num(r.s, 0, 100);
    if (!isFullHash(hash) || !isGrade(r.g) || score === null) continue;
    map.set(hash, {
      hash,
      grade: r.g,
      score,
      readingMinutes: num(r.m, 0, 1e6),
      checkedAt: time(r.c),
      findings: null,
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
  return { ...row, findings: fromBucket.findings };
}
