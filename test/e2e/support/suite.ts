// One suite's browser and page server, started before its tests and closed after them, so that a
// test file says only what it tests.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { startPageServer, type PageServer } from './server';
import { startOutboundRecorder, type OutboundRecorder } from './outbound-recorder';

export function chromiumSuite(options: Parameters<typeof launchWithExtension>[0] = {}): { server: PageServer; browser: ExtensionBrowser } {
  const suite = {} as { server: PageServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    suite.server = await startPageServer();
    suite.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Firefox's way out goes through an outbound recorder: what reached it is `outbound.attempts`. */
export function firefoxSuite(): { server: PageServer; firefox: FirefoxWithExtension; outbound: OutboundRecorder } {
  const suite = {} as { server: PageServer; firefox: FirefoxWithExtension; outbound: OutboundRecorder };
  beforeAll(async () => {
    suite.server = await startPageServer();
    suite.outbound = await startOutboundRecorder();
    suite.firefox = await launchFirefoxWithExtension({ proxy: suite.outbound.proxy });
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.outbound?.close();
    await suite.server?.close();
  });
  return suite;
}
