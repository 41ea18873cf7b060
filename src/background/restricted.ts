// Pages that browsers do not let extensions script. Telling them apart up front gives the reader a
// clear message instead of an error from scripting.executeScript.
import type { RestrictedReason } from '../messaging/messages';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|moz-extension|about|edge|brave|opera|vivaldi|view-source|devtools|resource|chrome-search|data|javascript):/i;

// The stores forbid content scripts on their own pages, in both browsers.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

export function restrictedReason(url: string | undefined | null): RestrictedReason | null {
  if (!url) return null; // unknown: try, and classify the error if scripting fails
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORE_PAGES.some((re) => re.test(url))) return 'store';
  // The browsers show PDFs in their own viewer, which extensions cannot script.
  if (/\.pdf(?:$|[?#])/i.test(url)) return 'pdf';
  return null;
}

/** Classifies an error thrown by scripting.executeScript on a page we could not foresee. */
export function reasonFromScriptingError(message: string, url: string | null | undefined): RestrictedReason | null {
  // Local files can be scripted only where the reader allowed "access to file URLs".
  if (url && /^file:/i.test(url)) return 'file';
  if (/extensions gallery|webstore|cannot be scripted/i.test(message)) return 'store';
  if (/\b(chrome|edge|about|moz-extension|chrome-extension):/i.test(message)) return 'browser-page';
  if (/cannot access|missing host permission|no permission|not allowed/i.test(message)) return 'other';
  return null;
}
