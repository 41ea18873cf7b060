// Every message Lede sends, declared once. Names say the direction ("popup→background"); each
// entry types both the request payload and the reply, so a sender and its handler cannot drift.
import browser from 'webextension-polyfill';
import type { Analysis, ArticleData, ClutterItem, Place, SummaryLength } from '../core/types';

/** The reader's analysis settings, passed with every analysis so the cache can tell them apart. */
export interface AnalysisSettings {
  summaryLength: SummaryLength;
  maxQuotes: number;
}

/** What the content script knows about its page. */
export interface PageReport {
  /**
   * This load of the page, new with every document (a reload, a new page) and kept by a page the
   * back-forward cache restores: the same address may hold another story after a reload.
   */
  loadId: string;
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
  | {
      state: 'article';
      analysis: Analysis;
      clutterHidden: boolean;
      cached: boolean;
      source?: AnyTextSource;
      /** The places are still being found: ask for them with popup→background:places. */
      placesPending?: boolean;
    }
  | { state: 'no-article'; title: string | null; url: string | null }
  | { state: 'restricted'; reason: RestrictedReason; url: string | null }
  | { state: 'error'; message: string };

export interface AnalyzeRequest extends Partial<AnalysisSettings> {
  tabId: number;
}

/** Where "Analyse anyway" took its text from: the reader's selection, or the page's main text. */
export type AnyTextSource = 'selection' | 'page';

/** Something of the analysis to find on the page. */
export type RevealTarget =
  /** A quote, searched first in its own paragraph. */
  | { kind: 'quote'; text: string; paragraph: number }
  /** A place's written forms; `all` keeps every mention marked instead of flashing the first. */
  | { kind: 'place'; mentions: string[]; all: boolean };

export interface RevealResult {
  /** How many stretches of text were highlighted; 0 when the text is no longer on the page. */
  found: number;
}

/** Which sites Lede cleans up without a click. */
export interface AutoCleanup {
  everywhere: boolean;
  /** Origins such as "https://www.example.com". */
  sites: string[];
}

interface Message<Request, Reply> {
  request: Request;
  reply: Reply;
}

/** Sent by the popup, answered by the background. */
export interface PopupToBackground {
  'popup→background:analyze-tab': Message<AnalyzeRequest, TabReport>;
  'popup→background:set-clutter-hidden': Message<{ tabId: number; hidden: boolean }, ClutterState | null>;
  /** The places of the tab's analysis, once found (null: that analysis is gone, e.g. the tab reloaded). */
  'popup→background:places': Message<{ tabId: number }, { places: Place[] } | null>;
  /** "Analyse anyway" on a page Lede did not take for an article. */
  'popup→background:analyze-any-text': Message<AnalyzeRequest, TabReport>;
  /**
   * Registers (or unregisters) the content script for the chosen sites. The popup has asked for
   * the host permission first, from the reader's click; the background drops what is withdrawn.
   */
  'popup→background:set-auto-cleanup': Message<AutoCleanup, AutoCleanup>;
}

/** Sent by the content script, answered by the background. */
export interface ContentToBackground {
  /** The page's clutter changed (first run, late clutter, shown or hidden): update the badge. */
  'content→background:clutter-changed': Message<ClutterState, void>;
}

/** Sent by the popup straight into the tab it shows, answered by the content script. */
export interface PopupToContent {
  'popup→content:reveal': Message<RevealTarget, RevealResult>;
  'popup→content:clear-highlights': Message<Record<string, never>, void>;
}

/** Sent by the background into a tab, answered by the content script. */
export interface BackgroundToContent {
  'background→content:ping': Message<Record<string, never>, { ready: true; url: string }>;
  'background→content:report': Message<Record<string, never>, PageReport>;
  'background→content:set-clutter-hidden': Message<{ hidden: boolean }, ClutterState>;
  /** The reader's selection if any, else the page's main text, as an article to analyse. */
  'background→content:any-text': Message<Record<string, never>, { article: ArticleData; source: AnyTextSource } | null>;
}

type ToBackground = PopupToBackground & ContentToBackground;
type AnyMessages = PopupToBackground | ContentToBackground | BackgroundToContent | PopupToContent;
type Envelope<M, K extends keyof M> = { type: K; payload: M[K] extends Message<infer Q, unknown> ? Q : never };
type Reply<M, K extends keyof M> = M[K] extends Message<unknown, infer R> ? R : never;

export function sendToBackground<K extends keyof ToBackground>(
  type: K,
  payload: Envelope<ToBackground, K>['payload'],
): Promise<Reply<ToBackground, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<ToBackground, K>>;
}

/** A sender of one direction's messages into a tab's content script. */
function intoTab<M>() {
  return <K extends keyof M>(tabId: number, type: K, payload: Envelope<M, K>['payload']): Promise<Reply<M, K>> =>
    browser.tabs.sendMessage(tabId, { type, payload }) as Promise<Reply<M, K>>;
}

/** From the popup into the tab it shows (no detour through the background). */
export const sendToTab = intoTab<PopupToContent>();

export const sendToContent = intoTab<BackgroundToContent>();

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
