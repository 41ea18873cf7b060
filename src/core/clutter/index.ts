// Clutter detection and hiding: the subscription nags, sign-in forms and overlays around a story.
import type { Extraction } from '../extract';
import { type ClutterFinding, type ClutterScan, type ScanOptions, findClutterIn } from './find';

export type { ClutterFinding, ClutterScan } from './find';
export { startClutterHiding, type ClutterController, type ClutterHidingOptions } from './controller';

/** Clutter on the page, outermost boxes in page order; nothing on pages without an article. */
export function findClutter(doc: Document, article: Extraction): ClutterFinding[] {
  return findClutterIn(doc, article).findings;
}

/** The same, with whether the scan stopped at its budget (see SCAN_MS in find.ts). */
export function scanClutter(doc: Document, article: Extraction, options: ScanOptions = {}): ClutterScan {
  return findClutterIn(doc, article, undefined, options);
}
