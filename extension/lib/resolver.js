// The lookup itself: from a tab's URL to the site's rating, asking the server
// only for a hash bucket (range mode) or for the whole table (table mode).
// Browser APIs are injected (fetch, storage, table cache, clock), so the
// module stays testable in Node and never reaches chrome.* itself.

import { siteOf } from './domain.js';
import { sha256Hex, bucketPrefix } from './hash.js';
import { parseBucket, parseTable, findInBucket, withFindings } from './lookup.js';
import {
  isFresh,
  bucketKey,
  requestedKey,
  staleBucketKeys,
  BUCKET_TTL_MS,
  TABLE_TTL_MS,
  UNRATED_TTL_MS,
  REQUESTED_RECHECK_MS,
  REQUESTED_TTL_MS,
} from './cache.js';
import { bucketUrl, tableUrl } from './settings.js';

/** How long one request to the server may take. */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Fetch options shared by every request: no cookies, no referrer, nothing
 * but the URL itself, which carries at most a 4-digit hash prefix.
 */
const FETCH_INIT = Object.freeze({
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
});

/** Bucket requests bypass the browser's HTTP cache (the server allows 5
 * minutes): the extension keeps its own copy, and asks again only when that
 * copy is too old for what it must tell. */
const BUCKET_INIT = Object.freeze({ ...FETCH_INIT, cache: 'no-cache' });

/**
 * @typedef {object} Storage
 * @property {(keys: string[]|null) => Promise<Record<string, any>>} get
 * @property {(items: Record<string, any>) => Promise<void>} set
 * @property {(keys: string[]) => Promise<void>} remove
 */

/**
 * @typedef {object} TableCache persistent copy of the downloaded table
 * @property {() => Promise<{server: string, etag: string, storedAt: number, body: any}|null>} load
 * @property {(entry: {server: string, etag: string, storedAt: number, body: any}) => Promise<void>} save
 * @property {() => Promise<void>} clear
 */

/**
 * @typedef {object} LookupState
 * @property {'none'|'rated'|'not_graded'|'unrated'|'requested'|'no_policy'|'failed'|'error'} status
 *   not_graded: rated, but in a language Legible cannot grade yet;
 *   requested: the user asked for a rating and none is published yet;
 *   no_policy and failed: the server crawled the site and found no policy,
 *   or could not read it (site.checkedAt says when)
 * @property {string} [domain] registrable domain (never sent anywhere)
 * @property {import('./lookup.js').SiteRating} [site]
 * @property {'range'|'table'} [mode]
 * @property {boolean} [findingsFailed] the bucket for findings could not be had
 * @property {string} [error]
 */

/** Resolves tabs' URLs to ratings with caching and in-flight de-duplication. */
export class Resolver {
  /**
   * @param {{fetch: typeof fetch, storage: Storage, tableCache: TableCache, now?: () => number, log?: (msg: string, err?: unknown) => void}} deps
   */
  constructor({ fetch, storage, tableCache, now = Date.now, log = () => {} }) {
    this.fetch = fetch;
    this.storage = storage;
    this.tableCache = tableCache;
    this.now = now;
    this.log = log;
    /** @type {Map<string, Promise<import('./lookup.js').SiteRating[]>>} */
    this.inflight = new Map();
    /** @type {{server: string, etag: string, storedAt: number, map: Map<string, any>}|null} */
    this.table = null;
    /** @type {Promise<void>|null} */
    this.tableLoading = null;
  }

  /** Forgets everything held in memory (after a settings change). */
  reset() {
    this.inflight.clear();
    this.table = null;
    this.tableLoading = null;
  }

  /**
   * Looks up the site a URL belongs to.
   * @param {string|undefined} url
   * @param {{server: string, mode: string}} settings
   * @param {{findings?: boolean}} [opts] findings: also fetch findings in table mode
   * @returns {Promise<LookupState>}
   */
  async resolve(url, settings, opts = {}) {
    const domain = siteOf(url);
    if (!domain) return { status: 'none' };
    const mode = settings.mode === 'table' ? 'table' : 'range';
    try {
      const hash = await sha256Hex(domain);
      const prefix = bucketPrefix(hash);
      const requestedAt = await this.requestedAt(settings.server, prefix);
      if (mode === 'range') {
        let site = findInBucket(await this.bucket(settings.server, prefix), hash);
        if (!site || requestedAt !== null) {
          // An unknown site may be rated any minute; after a request, sooner.
          const maxAge = requestedAt !== null ? REQUESTED_RECHECK_MS : UNRATED_TTL_MS;
          site = findInBucket(await this.bucket(settings.server, prefix, maxAge), hash);
        }
        return this.stateOf(domain, mode, site, settings.server, prefix, requestedAt);
      }
      await this.ensureTable(settings.server);
      const row = this.table?.map.get(hash) ?? null;
      if (requestedAt !== null) {
        // Only after the user asked for a rating does table mode ask for the
        // site's bucket, until the answer is published.
        const site = findInBucket(await this.bucket(settings.server, prefix, REQUESTED_RECHECK_MS), hash);
        return this.stateOf(domain, mode, site ?? row, settings.server, prefix, requestedAt);
      }
      if (!row) return { status: 'unrated', domain, mode };
      if (row.status !== 'rated') return { status: row.status, domain, site: row, mode };
      if (!opts.findings) return { status: 'rated', domain, site: row, mode };
      try {
        const fromBucket = findInBucket(await this.bucket(settings.server, prefix), hash);
        return { status: 'rated', domain, site: withFindings(row, fromBucket), mode };
      } catch (err) {
        this.log('findings lookup failed', err);
        return { status: 'rated', domain, site: row, mode, findingsFailed: true };
      }
    } catch (err) {
      this.log('lookup failed', err);
      return { status: 'error', domain, mode, error: err instanceof Error ? err.message : String(err) };
    }
  }

  /**
   * Turns what the server said of a site into a lookup state, and forgets
   * the request for its rating once the server has an answer newer than it.
   * @returns {Promise<LookupState>}
   */
  async stateOf(domain, mode, site, server, prefix, requestedAt) {
    // A minute's leeway for the server's clock and its whole-second times.
    const answered = site && (site.status === 'rated' || site.status === 'not_graded' || requestedAt === null || Date.parse(site.checkedAt ?? '') >= requestedAt - 60_000);
    if (answered) {
      if (requestedAt !== null) await this.storage.remove([requestedKey(prefix)]);
      return { status: site.status ?? 'rated', domain, site, mode };
    }
    if (requestedAt !== null) return { status: 'requested', domain, mode, site: site ?? undefined };
    return { status: 'unrated', domain, mode };
  }

  /**
   * Records that the user asked for the rating of the site of a URL: the
   * bucket's cached answer is dropped, and the bucket is asked again every
   * time the site is looked up, until the rating is published.
   * @param {string|undefined} url
   * @param {{server: string}} settings
   */
  async markRequested(url, settings) {
    const domain = siteOf(url);
    if (!domain) return;
    const prefix = bucketPrefix(await sha256Hex(domain));
    this.inflight.delete(`${settings.server} ${prefix}`);
    await this.storage.remove([bucketKey(prefix)]);
    await this.storage.set({ [requestedKey(prefix)]: { server: settings.server, storedAt: this.now() } });
  }

  /**
   * Returns when a rating in the bucket was requested of server (ms since the
   * epoch), or null.
   * @param {string} server
   * @param {string} prefix
   * @returns {Promise<number|null>}
   */
  async requestedAt(server, prefix) {
    const key = requestedKey(prefix);
    const mark = (await this.storage.get([key]))[key];
    return mark && mark.server === server && isFresh(mark, this.now(), REQUESTED_TTL_MS) ? mark.storedAt : null;
  }

  /**
   * Returns the sites of a bucket, from the cache when not older than maxAge.
   * @param {string} server
   * @param {string} prefix
   * @param {number} [maxAge] ms
   * @returns {Promise<import('./lookup.js').SiteRating[]>}
   */
  async bucket(server, prefix, maxAge = BUCKET_TTL_MS) {
    const key = bucketKey(prefix);
    const stored = (await this.storage.get([key]))[key];
    if (stored && stored.server === server && isFresh(stored, this.now(), maxAge) && Array.isArray(stored.sites)) {
      return stored.sites;
    }
    const flightKey = `${server} ${prefix}`;
    let p = this.inflight.get(flightKey);
    if (!p) {
      p = this.fetchBucket(server, prefix).finally(() => this.inflight.delete(flightKey));
      this.inflight.set(flightKey, p);
    }
    return p;
  }

  async fetchBucket(server, prefix) {
    const res = await this.fetch(bucketUrl(server, prefix), { ...BUCKET_INIT, headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    let sites;
    if (res.status === 404) {
      sites = []; // an empty bucket may be answered with 404
    } else if (!res.ok) {
      throw new Error(`lookup of bucket ${prefix}: HTTP ${res.status}`);
    } else {
      sites = parseBucket(await res.json(), prefix);
    }
    await this.storage.set({ [bucketKey(prefix)]: { server, storedAt: this.now(), sites } });
    return sites;
  }

  /**
   * Makes sure the table of server is in memory and not older than a day,
   * revalidating it with If-None-Match. A failed refresh keeps a stale
   * table rather than none.
   * @param {string} server
   * @param {{force?: boolean}} [opts]
   */
  async ensureTable(server, opts = {}) {
    if (!opts.force && this.table && this.table.server === server && isFresh(this.table, this.now(), TABLE_TTL_MS)) return;
    if (!this.tableLoading) {
      this.tableLoading = this.loadTable(server, opts).finally(() => {
        this.tableLoading = null;
      });
    }
    await this.tableLoading;
  }

  async loadTable(server, opts) {
    if (!this.table || this.table.server !== server) {
      const saved = await this.tableCache.load().catch(() => null);
      if (saved && saved.server === server) {
        try {
          this.table = { server, etag: saved.etag, storedAt: saved.storedAt, map: parseTable(saved.body) };
        } catch (err) {
          this.log('stored table unreadable', err);
          this.table = null;
        }
      } else {
        this.table = null;
      }
    }
    if (!opts.force && this.table && isFresh(this.table, this.now(), TABLE_TTL_MS)) return;
    const headers = { Accept: 'application/json' };
    if (this.table?.etag) headers['If-None-Match'] = this.table.etag;
    let res;
    try {
      res = await this.fetch(tableUrl(server), { ...FETCH_INIT, cache: 'no-store', headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS * 3) });
    } catch (err) {
      if (this.table) {
        this.log('table refresh failed, keeping the stored one', err);
        return;
      }
      throw new Error(`download of the table: ${err instanceof Error ? err.message : err}`, { cause: err });
    }
    if (res.status === 304 && this.table) {
      this.table.storedAt = this.now();
      const saved = await this.tableCache.load().catch(() => null);
      if (saved) await this.tableCache.save({ ...saved, storedAt: this.table.storedAt });
      return;
    }
    if (!res.ok) {
      if (this.table) return;
      throw new Error(`download of the table: HTTP ${res.status}`);
    }
    const body = await res.json();
    const map = parseTable(body);
    const etag = res.headers.get('ETag') ?? '';
    this.table = { server, etag, storedAt: this.now(), map };
    await this.tableCache.save({ server, etag, storedAt: this.table.storedAt, body });
  }

  /** Removes expired buckets from storage. */
  async prune() {
    const items = await this.storage.get(null);
    const drop = staleBucketKeys(items, this.now());
    if (drop.length) await this.storage.remove(drop);
  }

  /** Forgets every cached answer, in memory and in storage. */
  async clear() {
    this.reset();
    const items = await this.storage.get(null);
    const keys = Object.keys(items).filter((k) => k.startsWith('bucket:') || k.startsWith('requested:'));
    if (keys.length) await this.storage.remove(keys);
    await this.tableCache.clear();
  }
}
