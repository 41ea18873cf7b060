// Shared by the popup suites (popup-*.test.ts): one browser per suite with the built extension,
// the pages it reads, the reader's click, and the checks a reader (or a screen reader) would make.
import type { Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from './support/server';
import { startOutboundRecorder, type OutboundRecorder } from './support/outbound-recorder';

export const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface PopupRig {
  server: PageServer;
  outbound: OutboundRecorder;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/**
 * A profile in which the reader has already allowed Lede on these hosts: Chromium keeps a granted
 * optional permission in the profile's Preferences, which is where this writes it. Headless
 * Chromium shows permissions.request's prompt but nothing can answer it; with the grant in place,
 * permissions.request resolves at once without a prompt, as it does for a reader who said yes.
 */
async function profileWithGrantedHosts(hosts: string[], proxy: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-granted-'));
  const first = await launchWithExtension({ proxy, profile });
  const id = first.extensionId;
  await first.close();
  const prefsFile = join(profile, 'Default', 'Preferences');
  if (!existsSync(prefsFile)) throw new Error('Chromium wrote no Preferences');
  const prefs = JSON.parse(readFileSync(prefsFile, 'utf8'));
  const settings = prefs.extensions?.settings?.[id];
  if (!settings) throw new Error(`no extension settings for ${id} in the profile`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] = { ...(settings[key] ?? {}), explicit_host: hosts };
  }
  writeFileSync(prefsFile, JSON.stringify(prefs));
  return profile;
}

export async function startRig(options: { grantedHosts?: string[] } = {}): Promise<PopupRig> {
  const server = await startPageServer();
  const outbound = await startOutboundRecorder();
  const profile = options.grantedHosts ? await profileWithGrantedHosts(options.grantedHosts, outbound.proxy) : undefined;
  const browser = await launchWithExtension({ proxy: outbound.proxy, profile });
  return {
    server,
    outbound,
    browser,
    async close() {
      await browser.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
      await outbound.close();
      await server.close();
    },
  };
}

/** Serves `html` at `path` on the pages' own origin (through Playwright, nothing leaves the machine). */
export async function servePage(rig: PopupRig, path: string, html: string, contentType = 'text/html; charset=utf-8'): Promise<string> {
  const url = `${rig.server.origin}/routed/${path}`;
  await rig.browser.context.route(url, (route) => route.fulfill({ status: 200, contentType, body: html }));
  return url;
}

/** Opens a page, clicks Lede's toolbar button, and opens the popup for that tab. */
export async function readWithLede(rig: PopupRig, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await rig.browser.context.newPage();
  await page.goto(url);
  await rig.browser.clickAction(page);
  const tabId = await rig.browser.tabIdOf(page);
  const popup = await rig.browser.openPopup(tabId);
  await popup.locator('main:not([aria-busy])').waitFor();
  return { page, popup, tabId };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core on the popup as it is now (WCAG 2.x A and AA and best practices). */
export async function axeViolations(popup: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, which the popup's CSP (script-src 'self') does not govern;
  // a <script> tag with the source inline would be refused, as it should be.
  if (!(await popup.evaluate(() => 'axe' in window))) await popup.evaluate(AXE_SOURCE);
  const result = await popup.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const { violations, passes } = await axe.run(document, {});
    if (passes.length < 10) throw new Error(`axe checked too little (${passes.length} rules passed): is the popup rendered?`);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return result;
}

/** The page's Lede highlight, as the reader sees it: the highlighted text, or [] when none. */
export function highlightedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const painted = registry?.get('lede-reveal');
    if (painted) return Array.from(painted, (r) => r.toString());
    return Array.from(document.querySelectorAll('mark[data-lede-highlight]'), (m) => m.textContent ?? '');
  });
}

/** True when the element holding `text` is inside the page's viewport. */
export function isScrolledIntoView(page: Page, text: string): Promise<boolean> {
  return page.getByText(text).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}
