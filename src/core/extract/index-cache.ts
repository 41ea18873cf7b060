// What the extraction walk saw, kept with the Extraction for the clutter scan of the same page:
// text units (with their own text, including asides, footers, navigation and dialogs, which
// extraction itself ignores), elements whose class, id or label carries a clutter cue, forms,
// shadow hosts and frames, and the subtrees hidden by markup that the walk did not enter. Stored
// under a symbol, so it never leaves the page: the object spread and JSON that carry an
// Extraction across the message boundary drop it.
import type { Unit } from './units';

export interface PageIndex {
  units: Unit[];
  named: Element[];
  forms: Element[];
  /** Open shadow hosts and frames: documents of their own, read by the clutter scan. */
  hosts: Element[];
  /** Subtrees hidden by markup, which the extraction walk skips (see collectUnits). */
  hidden: Element[];
}

const KEY = Symbol('lede.pageIndex');

export function attachPageIndex<T extends object>(target: T, index: PageIndex): T {
  Object.defineProperty(target, KEY, { value: index, enumerable: false });
  return target;
}

export function pageIndexOf(target: object): PageIndex | null {
  return ((target as Record<symbol, PageIndex | undefined>)[KEY]) ?? null;
}
