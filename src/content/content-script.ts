// The content script: injected into the active tab on the reader's click (activeTab grant), or
// registered for the sites where the reader chose "clean up automatically". Either way it runs
// detection and clutter hiding as soon as it loads, tells the background how much it hid (the
// badge), and answers with text only. It also shows the reader where a quote or place is.
import { extractArticle, type Extraction } from '../core/extract';
import { startClutterHiding, type ClutterController } from '../core/clutter';
import {
  listen,
  sendToBackground,
  type BackgroundToContent,
  type ClutterState,
  type PageReport,
  type PopupToContent,
  type RevealResult,
  type RevealTarget,
} from '../messaging/messages';
import type { ArticleData } from '../core/types';
import { anyTextOf, mainTextRoot } from './any-text';
import { findQuote, findText, type TextMatch } from './find-text';
import { createHighlighter } from './highlight';

interface PageSession {
  url: string;
  article: Extraction;
  clutter: ClutterController | null;
}

declare global {
  // Set in the content script's isolated world, invisible to the page. executeScript runs this
  // file again on every injection; the flag keeps one listener and one observer per page.
  var __ledeContentScript: true | undefined;
}

if (!globalThis.__ledeContentScript) {
  globalThis.__ledeContentScript = true;
  let session: PageSession | null = null;
  // This script lives as long as its document, so this names the document: a reload starts a new
  // one, whose story may differ from the cached analysis of the same address.
  const loadId = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  const highlighter = createHighlighter(document);

  const clutterState = (s: PageSession): ClutterState => ({
    clutter: s.clutter?.items() ?? [],
    clutterHidden: s.clutter?.hidden ?? false,
  });

  // The badge is the background's; a page whose extension context is gone just stays quiet.
  const tellBadge = (s: PageSession) =>
    void sendToBackground('content→background:clutter-changed', clutterState(s)).catch(() => undefined);

  /** The analysis of the page as it is now; a single-page app may have moved to a new URL. */
  const currentSession = (): PageSession => {
    if (session && session.url === location.href) return session;
    highlighter.clear();
    session?.clutter?.show();
    session?.clutter?.stop();
    const article = extractArticle(document, { url: location.href });
    // Pages without an article are left exactly as they are.
    const next: PageSession = { url: location.href, article, clutter: null };
    next.clutter = article.isArticle ? startClutterHiding(document, article, { onChange: () => tellBadge(next) }) : null;
    session = next;
    if (next.clutter) tellBadge(next);
    return next;
  };

  /** Where to look for text: the story's blocks, or the main text when Lede read "anyway". */
  const searchRoots = (): Element[] => {
    const s = currentSession();
    return s.article.blocks.length ? s.article.blocks : [mainTextRoot(document)];
  };

  const reveal = (target: RevealTarget): RevealResult => {
    const roots = searchRoots();
    let matches: TextMatch[];
    if (target.kind === 'quote') {
      // Its own paragraph first: the same words may recur in the summary-like standfirst.
      const own = roots[target.paragraph] ? findQuote([roots[target.paragraph]], target.text) : null;
      const anywhere = own ?? findQuote(roots, target.text);
      matches = anywhere ? [anywhere] : [];
    } else {
      const forms = [...target.mentions].sort((a, b) => b.length - a.length);
      const all = forms.flatMap((form) => findText(roots, form, { wholeWords: true }));
      matches = dropOverlaps(all);
      if (!target.all) matches = matches.slice(0, 1);
    }
    highlighter.show(matches, { flash: target.kind === 'quote' || !target.all });
    return { found: matches.length };
  };

  listen<BackgroundToContent>({
    'background→content:ping': () => ({ ready: true, url: location.href }),
    'background→content:report': (): PageReport => {
      const s = currentSession();
      const article = articleData(s.article);
      // Clutter scanning that stopped at its budget makes the result partial too: the reader is told.
      if (s.clutter?.partial) article.partial = true;
      return { loadId, article, ...clutterState(s) };
    },
    'background→content:set-clutter-hidden': ({ hidden }) => {
      const s = currentSession();
      if (hidden) s.clutter?.hide();
      else s.clutter?.show();
      return clutterState(s);
    },
    'background→content:any-text': () => anyTextOf(document, articleData(currentSession().article)),
  });

  listen<PopupToContent>({
    'popup→content:reveal': reveal,
    'popup→content:clear-highlights': () => highlighter.clear(),
  });

  // Chrome clears a tab's badge whenever the tab navigates, also when Back or Forward brings this
  // page back from the back-forward cache with its clutter still hidden: tell the badge again.
  addEventListener('pageshow', (event) => {
    if (event.persisted && session?.clutter) tellBadge(session);
  });

  currentSession();
}

/** "U.S." and "U.S. Army" may both match at the same spot: keep the longer, earlier one. */
function dropOverlaps(matches: TextMatch[]): TextMatch[] {
  const kept: TextMatch[] = [];
  for (const m of matches) {
    const clash = kept.some((k) => k.some((a) => m.some((b) => a.node === b.node && a.start < b.end && b.start < a.end)));
    if (!clash) kept.push(m);
  }
  // Page order, so the first highlight is the first mention.
  return kept.sort((a, b) => {
    const pos = a[0].node.compareDocumentPosition(b[0].node);
    if (a[0].node === b[0].node) return a[0].start - b[0].start;
    return pos & 4 /* FOLLOWING */ ? -1 : 1;
  });
}

/** The article without its DOM references: only this crosses into the extension. */
function articleData(article: Extraction): ArticleData {
  const { root: _root, blocks: _blocks, ...data } = article;
  return data;
}
