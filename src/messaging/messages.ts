// Every message Lede sends, declared once. Names say the direction ("popup→background"); each
// entry types both the request payload and the reply, so a sender and its handler cannot drift.
import browser from 'webextension-polyfill';
import type { Analysis, ArticleData, ClutterItem, SummaryLength } from '../core/types';

/** What the content script knows about its page. */
export interface PageReport {
  article: ArticleData;
  clutter: ClutterItem[];
  /** True while Lede hides the clutter on the page. */
  clutterHidden: boolean;
}

export interface ClutterState {
  clutter: ClutterItem[];
  clutterHidden: boolean;
}

/** Why Lede cannot look at a tab. */
export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'other';

/** The popup's view of the current tab. */
export type TabReport =
  | { state: 'article'; analysis: Analysis; clutterHidden: boolean; cached: boolean }
  | { state: 'no-article'; title: string | null; url: string | null }
  | { state: 'restricted'; reason: RestrictedReason; url: string | null }
  | { state: 'error'; message: string };

export interface AnalyzeRequest {
  tabId: number;
  summaryLength?: SummaryLength;
}

interface Message<Request, Reply> {
  request: Request;
  reply: Reply;
}

/** Sent by the popup, answered by the background. */
export interface PopupToBackground {
  'popup→background:analyze-tab': Message<AnalyzeRequest, TabReport>;
  'popup→background:set-clutter-hidden': Message<{ tabId: number; hidden: boolean }, ClutterState | null>;
}

/** Sent by the background into a tab, answered by the content script. */
export interface BackgroundToContent {
  'background→content:ping': Message<Record<string, never>, { ready: true; url: string }>;
  'background→content:report': Message<Record<string, never>, PageReport>;
  'background→content:set-clutter-hidden': Message<{ hidden: boolean }, ClutterState>;
}

type AnyMessages = PopupToBackground | BackgroundToContent;
type Envelope<M, K extends keyof M> = { type: K; payload: M[K] extends Message<infer Q, unknown> ? Q : never };
type Reply<M, K extends keyof M> = M[K] extends Message<unknown, infer R> ? R : never;

export function sendToBackground<K extends keyof PopupToBackground>(
  type: K,
  payload: Envelope<PopupToBackground, K>['payload'],
): Promise<Reply<PopupToBackground, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<PopupToBackground, K>>;
}

export function sendToContent<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: Envelope<BackgroundToContent, K>['payload'],
): Promise<Reply<BackgroundToContent, K>> {
  return browser.tabs.sendMessage(tabId, { type, payload }) as Promise<Reply<BackgroundToContent, K>>;
}

export type Handlers<M> = {
  [K in keyof M]: (
    payload: Envelope<M, K>['payload'],
    sender: browser.Runtime.MessageSender,
  ) => Promise<Reply<M, K>> | Reply<M, K>;
};

/**
 * Answers the messages of one direction. Messages of another direction (or from other code) are
 * left to their own listeners: returning undefined tells the browser we do not answer them.
 */
export function listen<M extends AnyMessages>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type as keyof M] as (p: unknown, s: typeof sender) => unknown;
    return Promise.resolve().then(() => handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(m: unknown): m is { type: string; payload: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}
