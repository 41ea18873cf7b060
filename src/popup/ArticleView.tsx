import type { Analysis } from '../core/types';
import { ClutterLine } from './sections/ClutterLine';
import { KeyQuotes } from './sections/KeyQuotes';
import { Places } from './sections/Places';
import { Summary } from './sections/Summary';

interface Props {
  analysis: Analysis;
  clutterHidden: boolean;
  onClutterHidden: (hidden: boolean) => void;
}

export function ArticleView({ analysis, clutterHidden, onClutterHidden }: Props) {
  const meta = [analysis.site, `${analysis.readingMinutes} min read`].filter(Boolean).join(' · ');
  return (
    <main class="popup" lang={analysis.lang ?? undefined} dir={analysis.dir}>
      <header class="article-head">
        <h1 class="title">{analysis.title ?? 'Untitled article'}</h1>
        <p class="meta">{meta}</p>
      </header>
      <Summary sentences={analysis.summary} />
      <KeyQuotes quotes={analysis.keyQuotes} />
      <Places places={analysis.places} />
      <ClutterLine count={analysis.clutter.length} hidden={clutterHidden} onToggle={() => onClutterHidden(!clutterHidden)} />
    </main>
  );
}
