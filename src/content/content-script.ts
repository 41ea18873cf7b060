// The content script: injected into the active tab on the reader's click (activeTab grant). It runs
// detection and clutter hiding on the live page and answers the background with text only.
import { extractArticle, type Extraction } from '../core/extract';
import { startClutterHiding, type ClutterController } from '../core/clutter';
import { listen, type BackgroundToContent, type ClutterState, type PageReport } from '../messaging/messages';
import type { ArticleData } from '../core/types';

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

  /** The analysis of the page as it is now; a single-page app may have moved to a new URL. */
  const currentSession = (): PageSession => {
    if (session && session.url === location.href) return session;
    session?.clutter?.show();
    session?.clutter?.stop();
    const article = extractArticle(document, { url: location.href });
    // Pages without an article are left exactly as they are.
    const clutter = article.isArticle ? startClutterHiding(document, article) : null;
    session = { url: location.href, article, clutter };
    return session;
  };

  const clutterState = (s: PageSession): ClutterState => ({
    clutter: s.clutter?.items() ?? [],
    clutterHidden: s.clutter?.hidden ?? false,
  });

  listen<BackgroundToContent>({
    'background→content:ping': () => ({ ready: true, url: location.href }),
    'background→content:report': (): PageReport => {
      const s = currentSession();
      return { article: articleData(s.article), ...clutterState(s) };
    },
    'background→content:set-clutter-hidden': ({ hidden }) => {
      const s = currentSession();
      if (hidden) s.clutter?.hide();
      else s.clutter?.show();
      return clutterState(s);
    },
  });
}

/** The article without its DOM references: only this crosses into the extension. */
function articleData(article: Extraction): ArticleData {
  const { root: _root, blocks: _blocks, ...data } = article;
  return data;
}
