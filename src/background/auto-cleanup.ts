// "Clean up automatically": the content script registered for the sites the reader chose, so it
// hides clutter as pages load, without a click. The popup asks for the host permission from the
// reader's click (only a click may); here we register exactly what is granted, and on withdrawal
// unregister and give the permission back, so Lede never keeps access it does not use.
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?iife';
import type { AutoCleanup } from '../messaging/messages';
import { loadSettings, originPatterns, saveSettings, sitePattern } from '../messaging/settings';

const SCRIPT_ID = 'lede-auto-cleanup';

async function granted(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Keeps only what the browser has actually granted (the reader may have refused or revoked). */
async function effective(wanted: AutoCleanup): Promise<AutoCleanup> {
  if (wanted.everywhere && (await granted('http://*/*')) && (await granted('https://*/*'))) {
    return { everywhere: true, sites: wanted.sites };
  }
  const sites: string[] = [];
  for (const site of new Set(wanted.sites)) if (await granted(sitePattern(site))) sites.push(site);
  return { everywhere: false, sites };
}

async function register(patterns: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!patterns.length) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: patterns, js: [contentScript], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

// One change at a time: our own permissions.remove fires permissions.onRemoved, whose re-check
// must not interleave with the unregister/register pair of the change that caused it.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies the reader's choice; returns what is in force, which is also what is stored. */
export function setAutoCleanup(wanted: AutoCleanup): Promise<AutoCleanup> {
  return oneAtATime(() => apply(wanted));
}

async function apply(wanted: AutoCleanup): Promise<AutoCleanup> {
  const before = (await loadSettings()).autoCleanup;
  const now = await effective(wanted);
  // Give back what is no longer used. Patterns still wanted are never removed, even if they
  // overlap a withdrawn one.
  const keep = new Set(originPatterns(now));
  const dropped = originPatterns(before).filter((p) => !keep.has(p));
  if (dropped.length) await browser.permissions.remove({ origins: dropped }).catch(() => false);
  // A browser may take narrower grants away with a broader one: register only what survived.
  const kept = dropped.length ? await effective(now) : now;
  await register(originPatterns(kept));
  await saveSettings({ autoCleanup: kept });
  return kept;
}

/** The reader may revoke access on the browser's extensions page: follow suit. */
export function followRevokedPermissions(): void {
  browser.permissions.onRemoved.addListener(() => {
    void oneAtATime(async () => apply((await loadSettings()).autoCleanup));
  });
}
