// Clutter detection and hiding: the subscription nags, sign-in forms and overlays around a story.
import type { Extraction } from '../extract';
import { type ClutterFinding, findClutterIn } from './find';

export type { ClutterFinding } from './find';
export { startClutterHiding, type ClutterController, type ClutterHidingOptions } from './controller';

/** Clutter on the page, outermost boxes in page order; nothing on pages without an article. */
export function findClutter(doc: Document, article: Extraction): ClutterFinding[] {
  return findClutterIn(doc, article);
}
