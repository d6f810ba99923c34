// Turns the URL of a tab into the site Legible rates: its registrable domain
// (eTLD+1) by the Public Suffix List, the same rule the server uses. Pure: no
// browser APIs.

import { RULES } from './psl-data.js';

/** @type {Set<string>|null} */
let ruleSet = null;

/**
 * Expands the compact rule string of psl-data.js into a Set of rules in PSL
 * syntax ("co.uk", "*.ck", "!www.ck").
 * @param {string} compact
 * @returns {Set<string>}
 */
export function expandRules(compact) {
  const set = new Set();
  for (const group of compact.split(';')) {
    if (!group) continue;
    const [head, subs] = group.split(':');
    const tld = head.startsWith('-') ? head.slice(1) : head;
    if (!head.startsWith('-')) set.add(tld);
    if (!subs) continue;
    for (const sub of subs.split(',')) {
      if (sub.startsWith('!')) set.add(`!${sub.slice(1)}.${tld}`);
      else set.add(`${sub}.${tld}`);
    }
  }
  return set;
}

function rules() {
  if (!ruleSet) ruleSet = expandRules(RULES);
  return ruleSet;
}

/** Top-level names that never reach the public web: nothing to look up. */
const PRIVATE_TLDS = new Set(['localhost', 'local', 'internal', 'lan', 'home', 'invalid', 'test', 'onion', 'arpa', 'corp']);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const LABEL_PUNY = /^xn--[a-z0-9-]{1,59}$/;

/**
 * Returns the public suffix of an ASCII host name by the PSL algorithm
 * (longest matching rule, exceptions first, "*" as the default rule).
 * @param {string} host lower-case ASCII host without a trailing dot
 * @param {Set<string>} [set] rules (defaults to the shipped list)
 * @returns {string}
 */
export function publicSuffix(host, set = rules()) {
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    if (set.has(`!${candidate}`)) return labels.slice(i + 1).join('.');
    if (set.has(candidate)) return candidate;
    const parent = labels.slice(i + 1).join('.');
    if (i + 1 < labels.length && set.has(`*.${parent}`)) return candidate;
  }
  return labels[labels.length - 1];
}

/**
 * Returns the registrable domain (eTLD+1) of an ASCII host name, or null when
 * the host is a public suffix itself or malformed.
 * @param {string} host
 * @param {Set<string>} [set]
 * @returns {string|null}
 */
export function registrableDomain(host, set = rules()) {
  const h = String(host).toLowerCase().replace(/\.$/, '');
  if (!h || h.length > 253) return null;
  const labels = h.split('.');
  if (labels.some((l) => !(LABEL.test(l) || LABEL_PUNY.test(l)))) return null;
  const suffix = publicSuffix(h, set);
  if (suffix === h) return null;
  const rest = h.slice(0, h.length - suffix.length - 1);
  const last = rest.slice(rest.lastIndexOf('.') + 1);
  return `${last}.${suffix}`;
}

/**
 * Returns the registrable domain of the site a tab shows, or null for pages
 * that are not public web sites: browser pages (chrome:, about:, file:,
 * extension pages), IP addresses, localhost and private names.
 * @param {string|undefined} url
 * @returns {string|null}
 */
export function siteOf(url) {
  if (typeof url !== 'string' || url === '') return null;
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host.startsWith('[') || IPV4.test(host)) return null;
  if (!host.includes('.')) return null;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (PRIVATE_TLDS.has(tld) || /^\d+$/.test(tld)) return null;
  return registrableDomain(host);
}
