// The two halves of a dev set, for cross-validation: tune on one, report the other, and swap.
// Pages are split by site, not by page, so that one site's template never sits in both halves
// (a rule written for a template would otherwise be "confirmed" by its sibling page). The half
// of a site is a hash of its host name: fixed, the same in every run and every benchmark, and
// blind to what the pages contain.

/** FNV-1a, 32 bits: a stable hash with no dependency. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The host a page belongs to, without "www." (an id when the page has no URL). */
export function siteOf(url, id = '') {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return id;
  }
}

/** 'A' or 'B'. */
export function halfOf(key) {
  return fnv1a(key) % 2 === 0 ? 'A' : 'B';
}

/** The half a page belongs to: its site's. */
export const halfOfPage = (url, id) => halfOf(siteOf(url, id));

export const HALVES = ['A', 'B'];
