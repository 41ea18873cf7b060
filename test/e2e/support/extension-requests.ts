// Which requests did the extension make? The outbound proxy (outbound-recorder.ts) proves that
// nothing left the machine on a page without requests of its own; on a real news page the page's
// own images and style sheets reach the proxy too, so there each request has to be attributed.
//
// How attribution works (Chromium only):
// - A second DevTools client connects to the browser's loopback DevTools port and asks it to
//   auto-attach (flat sessions, paused on start) to every target: tabs, the extension's service
//   worker (again after each restart), the real toolbar popup (which Playwright does not attach to),
//   the popup opened in a tab, and (each session asks the same) their workers and frames. Each
//   session gets Network.enable before the target runs, so even a target's first request is seen,
//   and the debugger's async call stacks (Debugger.setAsyncCallStackDepth, pauses skipped): without
//   them an image whose src a script set has the initiator "other" and no stack, because the image
//   starts loading in a later task; with them its initiator carries the setting script's stack as
//   the async parent ("Image"), as timers' and promises' callbacks carry theirs.
//   Why a second client: Playwright (1.65) reports the service worker's requests, but it does not
//   attach to the real popup, and its CDP sessions cannot address the flat child sessions that
//   browser-level auto-attach creates; puppeteer-core's Connection (a dev dependency already) can.
// - A request belongs to the extension when
//   * it comes from the extension's service worker (the target's URL is chrome-extension://ID/…), or
//   * its document is one of the extension's pages (documentURL chrome-extension://ID/…: popup), or
//   * its initiator names the extension: the initiator URL or any call frame of its stack, or of
//     the async parent stacks (promise, timer, image load), is chrome-extension://ID/…. That is how
//     a content script's fetch shows, and also an <img>, <link> or <script> a content script
//     inserts: Chromium records the script stack that set the element's URL as the initiator.
//   The same target is attached once per parent (the service worker also under each extension
//   page); requests are counted once per target.
// - Everything else is the page's own, including requests that start after Lede's click but come
//   from the parser or layout (a lazy image shown again when clutter is hidden has no script of
//   the extension on its initiator stack).
// - A request of the extension's is allowed only to its own package (chrome-extension://ID/…, e.g.
//   the bundled gazetteer) or to data:/blob: URLs; any other URL (http, https, ws, another origin
//   on 127.0.0.1, …) is an outbound request, and a test fails on it.
//
// Limits:
// - Initiator stacks are captured by the renderer when the request is made. A request caused
//   without a script on the stack is not attributed: e.g. a CSS url() inside a style sheet Lede
//   inserted (initiator: the style sheet or document) or a resource fetched by layout of an element
//   Lede inserted without a URL being set by script at that moment. Lede's content scripts insert
//   only <style> rules without url() and <mark> elements, and set attributes on the page's own
//   elements; the proxy test on the sample page still catches anything that would leave the machine.
// - Code injected with scripting.executeScript({ func }) runs without a script URL; its frames
//   have an empty URL, like the page's own scripts evaluated by the test. Lede injects files
//   (chrome-extension://ID/assets/…), which are attributed.
// - A request made from a frame Lede would insert (an <iframe>) is a request of that frame's
//   document; only the <iframe>'s own navigation carries the inserting script's stack.
// - Requests the browser process makes for the extension (none in Lede: no update_url, no
//   uninstall URL, no downloads) are not visible to any target; the proxy test covers those.
// - Stacks are limited in depth (async parents to the 32 asked for here); a chain so deep that the
//   extension's frames fall off would be missed.
import { Connection, type CDPSession } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import type { ExtensionBrowser } from './chromium';

/** The parts of Network.requestWillBeSent this module reads. */
interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
  parentId?: unknown;
}
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface RequestWillBeSent {
  requestId: string;
  documentURL?: string;
  request: { url: string };
  initiator: Initiator;
  type?: string;
}

export interface RecordedRequest {
  url: string;
  /** Whose request: the page's own, or the extension's and from which part of it. */
  by: 'page' | 'service worker' | 'extension page' | 'content script';
  /** Type of the initiator, and the extension frame that made it the extension's if any. */
  initiator: string;
  /** The document that made it (empty in a worker). */
  document: string;
}

export interface ExtensionRequestRecorder {
  /** Every request seen since start (or since the last clear()). */
  readonly requests: RecordedRequest[];
  /** The extension's requests (local or not). */
  extensions(): RecordedRequest[];
  /** The extension's requests to anything but its own package, data: or blob:. */
  outbound(): RecordedRequest[];
  /** The pages' own requests. */
  pageOwn(): RecordedRequest[];
  /**
   * Resolves when no request seen so far (documents aside) is still in flight, each having ended
   * with Network.loadingFinished or loadingFailed, so that late requests have surfaced; gives up
   * after `timeoutMs` and returns the URLs still pending.
   */
  settled(timeoutMs?: number): Promise<string[]>;
  /** Forgets the requests seen so far, finished or not (e.g. before the next page). */
  clear(): void;
  /**
   * Uncaught exceptions in the extension's own targets (its service worker, its pages) since the
   * last call, and forgets them. Watched here because this client is attached to the service
   * worker, which Playwright gives no error events for.
   */
  takeExceptions(): string[];
  close(): void;
}

export async function recordExtensionRequests(browser: ExtensionBrowser): Promise<ExtensionRequestRecorder> {
  const endpoint = browser.devtoolsEndpoint;
  if (!endpoint) throw new Error('launch the browser with { devtools: true } to record its requests');
  const own = `chrome-extension://${browser.extensionId}/`;
  const connection = new Connection(endpoint, await NodeWebSocketTransport.create(endpoint));

  const requests: RecordedRequest[] = [];
  let exceptions: string[] = [];
  const inFlight = new Map<string, string>(); // targetId:requestId -> URL
  let onQuiet: (() => void) | undefined;
  const ended = (key: string) => {
    inFlight.delete(key);
    if (inFlight.size === 0) onQuiet?.();
  };

  const extensionFrame = (initiator: Initiator): string | undefined => {
    if (initiator.url?.startsWith(own)) return initiator.url;
    for (let stack = initiator.stack; stack; stack = stack.parent) {
      const frame = stack.callFrames.find((f) => f.url.startsWith(own));
      if (frame) return frame.url;
    }
    return undefined;
  };

  // A target can be attached more than once (the extension's service worker also under each of its
  // pages), so requests are keyed by target, not by session.
  const sessionsOf = new Map<string, Set<string>>(); // targetId -> ids of the sessions watching it
  const targetOf = new Map<string, string>(); // session id -> targetId
  const seen = new Set<string>(); // targetId:requestId
  const watch = (session: CDPSession, target: { targetId: string; type: string; url: string }) => {
    sessionsOf.set(target.targetId, (sessionsOf.get(target.targetId) ?? new Set<string>()).add(session.id()));
    targetOf.set(session.id(), target.targetId);
    session.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      const key = `${target.targetId}:${event.requestId}`;
      // A frame's navigation may end in another target (or as an error page) with no loading event
      // here; it is recorded below, but not waited for.
      if (event.type !== 'Document') inFlight.set(key, event.request.url);
      if (seen.has(key)) return; // the same request through another session, or a redirect of it
      seen.add(key);
      const document = event.documentURL ?? '';
      const frame = extensionFrame(event.initiator);
      const by: RecordedRequest['by'] =
        target.type === 'service_worker' && target.url.startsWith(own)
          ? 'service worker'
          : document.startsWith(own)
            ? 'extension page'
            : frame
              ? 'content script'
              : 'page';
      const initiator = frame ? `${event.initiator.type} at ${frame}` : event.initiator.type;
      requests.push({ url: event.request.url, by, initiator, document });
    });
    if (target.url.startsWith(own)) {
      session.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
        const d = event.exceptionDetails;
        exceptions.push(`${target.type} ${target.url.replace(own, '')}: ${d.exception?.description ?? d.text}`);
      });
    }
    session.on('Network.loadingFinished', (event: { requestId: string }) => ended(`${target.targetId}:${event.requestId}`));
    session.on('Network.loadingFailed', (event: { requestId: string }) => ended(`${target.targetId}:${event.requestId}`));
  };
  // Requests of a closed target (a popup closed by the test) never end.
  connection.on('sessiondetached', (session: CDPSession) => {
    const targetId = targetOf.get(session.id());
    if (!targetId) return;
    targetOf.delete(session.id());
    const sessions = sessionsOf.get(targetId)!;
    sessions.delete(session.id());
    if (sessions.size > 0) return;
    sessionsOf.delete(targetId);
    for (const key of [...inFlight.keys()]) if (key.startsWith(`${targetId}:`)) ended(key);
  });
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true } as const;
  connection.on('sessionattached', (session: CDPSession) => {
    // The target is paused until this session lets it run, after its network is watched.
    void (async () => {
      const unknown = { targetInfo: { targetId: session.id(), type: '', url: '' } };
      const { targetInfo } = (await session.send('Target.getTargetInfo').catch(() => unknown)) as typeof unknown;
      watch(session, targetInfo);
      await session.send('Network.enable').catch(() => {}); // a target without a network (e.g. browser UI)
      if (targetInfo.url.startsWith(own)) await session.send('Runtime.enable').catch(() => {});
      await session.send('Debugger.enable').catch(() => {});
      await session.send('Debugger.setSkipAllPauses', { skip: true }).catch(() => {});
      await session.send('Debugger.setAsyncCallStackDepth', { maxDepth: 32 }).catch(() => {});
      await session.send('Target.setAutoAttach', autoAttach).catch(() => {});
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    })();
  });
  // Chromium's own UI (omnibox) is none of the extension's and not a page's either.
  await connection.send('Target.setAutoAttach', {
    ...autoAttach,
    filter: [
      { type: 'browser', exclude: true },
      { type: 'tab', exclude: true },
      { type: 'browser_ui', exclude: true },
      {},
    ],
  });

  const isLocal = (url: string) => url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:');
  return {
    requests,
    extensions: () => requests.filter((r) => r.by !== 'page'),
    outbound: () => requests.filter((r) => r.by !== 'page' && !isLocal(r.url)),
    pageOwn: () => requests.filter((r) => r.by === 'page'),
    async settled(timeoutMs = 5_000) {
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          onQuiet = resolve;
          timer = setTimeout(resolve, timeoutMs);
        });
        clearTimeout(timer);
        onQuiet = undefined;
      }
      return [...inFlight.values()];
    },
    clear() {
      requests.length = 0;
      inFlight.clear();
    },
    takeExceptions() {
      const taken = exceptions;
      exceptions = [];
      return taken;
    },
    close() {
      connection.dispose();
    },
  };
}
