// Errors Lede causes in a page: uncaught exceptions and console errors in Lede's isolated world,
// where its content script runs. The page's own errors (real news pages have plenty) are not
// Lede's and are left out: an error is Lede's when the execution context it happened in is one
// whose origin is the extension's (chrome-extension://ID), as Chromium reports isolated worlds.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
}
interface ExceptionDetails {
  executionContextId?: number;
  text: string;
  exception?: { description?: string };
}

export interface LedeErrorWatch {
  /** Lede's errors since the last call, and forgets them. */
  take(): string[];
  /** The ids of Lede's execution contexts in the page so far (for tests that plant errors). */
  contexts(): number[];
  readonly session: CDPSession;
  close(): Promise<void>;
}

export async function watchLedeErrors(page: Page): Promise<LedeErrorWatch> {
  const session = await page.context().newCDPSession(page);
  const lede = new Set<number>();
  let errors: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
    if (context.origin.startsWith('chrome-extension://')) lede.add(context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: { exceptionDetails: ExceptionDetails }) => {
    if (d.executionContextId !== undefined && lede.has(d.executionContextId)) errors.push(d.exception?.description ?? d.text);
  });
  session.on('Runtime.consoleAPICalled', (e: { type: string; executionContextId: number; args: Array<{ value?: unknown; description?: string }> }) => {
    if (e.type === 'error' && lede.has(e.executionContextId)) errors.push(e.args.map((a) => a.description ?? String(a.value)).join(' '));
  });
  // Enabling reports the contexts that exist already, then every new one (each page load).
  await session.send('Runtime.enable');
  return {
    take() {
      const taken = errors;
      errors = [];
      return taken;
    },
    contexts: () => [...lede],
    session,
    close: () => session.detach().catch(() => undefined),
  };
}

/**
 * Errors logged in Lede's service worker: Chrome's own reports there (an extension API call that
 * failed unchecked, "Unchecked runtime.lastError") and any console.error, from the worker running
 * now and from any that replaces it (Chrome stops an idle worker after 30 s and starts a new one on
 * the next message). Uncaught exceptions in the worker are not console messages: the request
 * recorder (extension-requests.ts), attached to the worker, reports those.
 */
export function watchWorkerErrors(context: BrowserContext): { take(): string[] } {
  let errors: string[] = [];
  const watch = (worker: Worker) => {
    if (!worker.url().startsWith('chrome-extension://')) return;
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  };
  context.serviceWorkers().forEach(watch);
  context.on('serviceworker', watch);
  return {
    take() {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}
