// Where the test browsers are and how to start them on a machine without a network: Debian's
// chromium and firefox-esr (installed by .ci/run), never a downloaded browser build.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return path;
}

export function firefoxPath() {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  return path;
}

/** Without these, Chromium keeps calling home and the closed network refuses it, many at a time. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  // Forms on a page (a newsletter box, a password reset) make Chromium ask Google's autofill server,
  // a secure-clock check asks Google's time server, and Chromium 156.0.8078.129 (Debian, December
  // 2026) asks its optimization-guide service for hints and on-device models. That last request is
  // the browser's own: it comes about 10 s after start with no extension loaded, and no sooner or
  // more often when Lede's popup asks for the Summarizer (checked with a recording proxy).
  '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading',
  // Even with the switches above, Chromium checks its update and sign-in services at start. Pointing
  // them at a closed loopback port keeps the test browser silent, so the privacy test can demand
  // that nothing at all leaves the machine.
  '--gaia-url=http://127.0.0.1:9',
  '--google-apis-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--apps-gallery-update-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
  '--optimization-guide-service-get-hints-url=http://127.0.0.1:9',
  '--optimization-guide-service-get-models-url=http://127.0.0.1:9',
];
