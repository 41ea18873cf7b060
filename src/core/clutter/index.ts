// Clutter detection: the subscription nags, sign-in forms and overlays around a story.
import type { ClutterKind } from '../types';
import type { Extraction } from '../extract';

export interface ClutterFinding {
  kind: ClutterKind;
  element: Element;
  /** The element's visible text, collapsed. */
  text: string;
}

// FIRST CUT (to be replaced).
export function findClutter(_doc: Document, _article: Extraction): ClutterFinding[] {
  return [];
}
