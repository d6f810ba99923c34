// Expiry of cached lookups. Answers are cached per hash bucket, never per
// site, so the extension's storage holds no list of the sites visited. Pure.

/** How long a bucket answer is trusted, in milliseconds. */
export const BUCKET_TTL_MS = 12 * 60 * 60 * 1000;

/** How long an answer that does not know the site is trusted: a rating may
 * be requested and published any minute. */
export const UNRATED_TTL_MS = 2 * 60 * 1000;

/** After a rating was requested, how old an answer may be before the bucket
 * is asked again (each time the popup opens or the tab reloads). */
export const REQUESTED_RECHECK_MS = 15 * 1000;

/** How long a request for a rating is remembered while no answer comes. */
export const REQUESTED_TTL_MS = 60 * 60 * 1000;

/** How old the downloaded table may get before it is revalidated. */
export const TABLE_TTL_MS = 24 * 60 * 60 * 1000;

/** Most buckets kept; the oldest are dropped first. */
export const MAX_BUCKETS = 500;

/**
 * Reports whether an entry stored at entry.storedAt (ms since the epoch) is
 * still fresh at now. Entries from the future (a clock set back) are stale.
 * @param {{storedAt?: number}|undefined|null} entry
 * @param {number} now
 * @param {number} ttl
 * @returns {boolean}
 */
export function isFresh(entry, now, ttl) {
  if (!entry || typeof entry.storedAt !== 'number' || !Number.isFinite(entry.storedAt)) return false;
  const age = now - entry.storedAt;
  return age >= 0 && age < ttl;
}

/**
 * Returns the storage key of a bucket.
 * @param {string} prefix
 * @returns {string}
 */
export function bucketKey(prefix) {
  return `bucket:${prefix}`;
}

/**
 * Returns the storage key of the mark left on a bucket when the user asked
 * for the rating of a site in it. Like the answers, it names only the
 * bucket, shared by many sites.
 * @param {string} prefix
 * @returns {string}
 */
export function requestedKey(prefix) {
  return `requested:${prefix}`;
}

/**
 * Given all stored items, returns the keys of bucket entries to remove: the
 * expired ones, then the oldest beyond max; and request marks older than
 * REQUESTED_TTL_MS.
 * @param {Record<string, any>} items
 * @param {number} now
 * @param {number} [ttl]
 * @param {number} [max]
 * @returns {string[]}
 */
export function staleBucketKeys(items, now, ttl = BUCKET_TTL_MS, max = MAX_BUCKETS) {
  const drop = [];
  const keep = [];
  for (const [key, entry] of Object.entries(items ?? {})) {
    if (key.startsWith('requested:') && !isFresh(entry, now, REQUESTED_TTL_MS)) drop.push(key);
    if (!key.startsWith('bucket:')) continue;
    if (isFresh(entry, now, ttl)) keep.push([key, entry.storedAt]);
    else drop.push(key);
  }
  keep.sort((a, b) => b[1] - a[1]);
  for (const [key] of keep.slice(max)) drop.push(key);
  return drop.sort();
}
