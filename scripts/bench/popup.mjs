#!/usr/bin/env node
// `npm run bench:popup [-- --runs N]`: how long a reader waits, from the click on Lede's toolbar
// button to the summary painted in the popup, on the sample article in headless Chromium with the
// built extension (dist/chrome; `npm run build` first). The click is the DevTools protocol's
// Extensions.triggerAction, which grants activeTab as a real click does and opens the real popup;
// the popup is then read through the protocol, untouched. "First" is the first click of a fresh
// browser (service worker, content script and gazetteer all cold), "reopen" a later click on the
// same page (the analysis is cached), "session" the first click of a new browser session on the
// same profile (the reader's usual first click). Painted: the first frame after the summary is in the DOM.
// Nothing is mocked and nothing leaves the machine (the page is served on loopback).
import puppeteer from 'puppeteer-core';
import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = join(root, 'dist/chrome');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 5;
const REOPENS = 3;
if (!existsSync(join(build, 'manifest.json'))) {
  console.error('bench:popup: no dist/chrome, run `npm run build` first');
  process.exit(1);
}

const sample = readFileSync(join(root, 'assets/sample/mosul.html'));
const server = http.createServer((_, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(sample);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/world/mosul`;

/** Runs in the popup: resolves at the first frame after the summary (and then the places) appear. */
function paintedTimes() {
  const now = () => performance.timeOrigin + performance.now();
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(now()), 0)));
  // Seen the moment it is inserted (a MutationObserver, not a poll once per frame, which would
  // add up to a frame of its own), then the frame that paints it.
  const when = (selector) => new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector(selector)) return false;
      afterFrame().then(resolve);
      return true;
    };
    if (seen()) return;
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
  const mark = (name) => performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? NaN);
  return Promise.all([when('ul.summary li'), when('.places .place')]).then(([summary, places]) => ({
    began: performance.timeOrigin,
    parsed: performance.timeOrigin + performance.getEntriesByType('navigation')[0].domInteractive,
    request: mark('lede:request'),
    report: mark('lede:report'),
    summary,
    places,
  }));
}

async function clickAndWait(browser, cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error('no tab for the sample page');
  const clicked = Date.now();
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/src/popup/`), { timeout: 15000 });
  const popup = await target.asPage();
  const t = await popup.evaluate(paintedTimes);
  await popup.close();
  return {
    document: t.began - clicked,
    parsed: t.parsed - t.began,
    popup: t.request - t.parsed,
    background: t.report - t.request,
    render: t.summary - t.report,
    summary: t.summary - clicked,
    places: t.places - clicked,
  };
}

const first = [];
const reopen = [];
/** One browser session on `profile`: the page loaded, then `clicks` clicks on the button. */
async function session(profile, clicks) {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(), headless: true, pipe: true, userDataDir: profile, enableExtensions: [build],
    args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging'],
  });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    const extensionId = new URL(worker.url()).host;
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await browser.target().createCDPSession();
    const out = [];
    for (let i = 0; i < clicks; i++) out.push(await clickAndWait(browser, cdp, extensionId));
    return out;
  } finally {
    await browser.close();
  }
}

const later = [];
for (let r = 0; r < runs; r++) {
  const profile = mkdtempSync(join(tmpdir(), 'lede-popup-bench-'));
  try {
    const [one, ...more] = await session(profile, 1 + REOPENS);
    first.push(one);
    reopen.push(...more);
    // The reader's usual first click: a new browser session on a profile Lede has run in before
    // (its stored settings and the browser's caches are there; the worker and the page are cold).
    later.push(...(await session(profile, 1)));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const row = (name, xs, target) => {
  const m = (k) => median(xs.map((x) => x[k])).toFixed(0).padStart(4);
  return `${name.padEnd(8)} click → summary painted ${m('summary')} ms (target <= ${target}); places painted ${m('places')} ms\n` +
    `         the browser: opening the popup document ${m('document')} ms, parsing it ${m('parsed')} ms; ` +
    `Lede: popup to its request ${m('popup')} ms, background ${m('background')} ms, report to painted summary ${m('render')} ms (medians of each part)`;
};
console.log(`\nPopup on the sample article, headless Chromium, median of ${first.length} first clicks, ${reopen.length} reopens and ${later.length} first clicks of a later session:`);
console.log(row('first', first, 150));
console.log(row('reopen', reopen, 50));
console.log(row('session', later, 150) + '\n         (session: the first click of a later browser session, on a profile Lede has run in)');
// Headless Chromium sometimes starts a new renderer for a reopened popup (about 240 ms) and
// sometimes reuses one (about 15 ms): the reopen total depends on that mix, Lede's part does not.
console.log(`         the browser's time to open the popup document, each reopen: ${reopen.map((x) => Math.round(x.document)).join(' ')} ms`);
