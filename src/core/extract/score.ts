// Which element holds the story. Readability.js's scoring, computed over text units instead of a
// mutated copy of the page: every prose paragraph votes for its parent (fully), grandparent (half)
// and a few more ancestors (less), weighted by its commas and length; the winner's score is cut
// by its link density. Then, like Readability, climb to a parent that scores nearly as well and
// take in siblings that score well too (stories split around ads and images).
import { HEADING_TAGS, BLOCK_TAGS, tagOf } from './dom';
import type { Unit } from './units';
import type { SignalsOff } from './signals';

export interface Region {
  /** The element that holds the story (the top candidate, or its parent when siblings joined). */
  root: Element;
  /** The elements whose units make up the story: root itself, or some of its children. */
  parts: Element[];
  /** Sum of prose characters in `parts`. */
  proseChars: number;
}

interface Candidate {
  el: Element;
  score: number;
}

interface Totals {
  chars: number;
  linkChars: number;
}

/** Paragraphs shorter than this do not vote: datelines, labels, buttons. */
const MIN_VOTING_CHARS = 25;
const ANCESTOR_LEVELS = 5;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

export function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'DIV': case 'ARTICLE': case 'MAIN': case 'SECTION':
      return 5;
    case 'PRE': case 'TD': case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS': case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM':
      return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH':
      return -5;
    default:
      return 0;
  }
}

/** Commas in any script: Latin, CJK, Arabic. Readability counts them as a sign of prose. */
const COMMAS = /[,，、،﹐︐︑﹑]/g;

export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(tagOf(c))) return true;
  return false;
}

/** The element a unit votes from: a paragraph votes for its parent; bare text in a div that also
 * holds blocks votes for that div (Readability wraps such text in a <p> first). */
function voteOrigin(u: Unit): Element | null {
  if (u.tag === 'P' || u.tag === 'PRE' || u.tag === 'TD' || u.tag === 'BLOCKQUOTE' || u.tag === 'LI' || u.tag === 'DD') {
    return u.el.parentElement;
  }
  return hasBlockChild(u.el) ? u.el : u.el.parentElement;
}

export function findRegion(units: Unit[], body: Element, respectUnlikely: boolean, off: SignalsOff): Region | null {
  const totals = new Map<Element, Totals>();
  for (const u of units) {
    if (respectUnlikely && u.unlikely) continue;
    // Full (undecayed) text and link totals for link density, from the unit's own block upward.
    for (let el: Element | null = u.el; el; el = el.parentElement) {
      const t = totals.get(el);
      if (t) {
        t.chars += u.text.length;
        t.linkChars += u.linkChars;
      } else totals.set(el, { chars: u.text.length, linkChars: u.linkChars });
      if (el === body) break;
    }
  }

  const scores = new Map<Element, Candidate>();
  for (const u of units) {
    if (respectUnlikely && u.unlikely) continue;
    if (u.inHeader || HEADING_TAGS.has(u.tag)) continue;
    const len = u.text.length;
    if (len < MIN_VOTING_CHARS) continue;
    // Link lists (menus, teasers) are not prose however long.
    if (u.linkChars > len * 0.5) continue;
    const matches = u.text.match(COMMAS);
    const contentScore = 1 + (matches ? matches.length : 0) + Math.min(3, Math.floor(len / 100));
    let el = voteOrigin(u);
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++) {
      let c = scores.get(el);
      if (!c) {
        c = { el, score: tagWeight(tagOf(el)) + (off.has('class-weights') ? 0 : classWeight(el)) };
        scores.set(el, c);
      }
      c.score += contentScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (el === body) break;
      el = el.parentElement;
    }
  }
  if (!scores.size) return null;

  const density = (el: Element): number => {
    const t = totals.get(el);
    return t && t.chars ? t.linkChars / t.chars : 0;
  };
  const ranked: Candidate[] = [];
  for (const c of scores.values()) {
    c.score *= 1 - density(c.el);
    ranked.push(c);
  }
  ranked.sort((a, b) => b.score - a.score);
  let top = ranked[0].el;
  const scoreOf = (el: Element | null): number | undefined => (el ? scores.get(el)?.score : undefined);

  // Several strong candidates under one ancestor: the story is split into sections, take the
  // ancestor (Readability's "alternative candidate ancestors").
  const topScore = ranked[0].score;
  const strong = ranked.slice(1, 5).filter((c) => c.score / topScore >= 0.75).map((c) => c.el);
  if (strong.length >= 2 && !off.has('split-story')) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      let holds = 0;
      for (const s of strong) if (p.contains(s)) holds++;
      if (holds >= 2) {
        top = p;
        break;
      }
    }
  }

  // Climb while the parent scores at least as well: the candidate was one section of the story.
  let lastScore = scoreOf(top) ?? 0;
  const threshold = lastScore / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const s = scoreOf(p);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) {
      top = p;
      break;
    }
    lastScore = s;
  }
  // A lone child says nothing on its own: its parent is the same box.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }

  // Siblings that score close to the winner, or plain prose paragraphs beside it.
  const parent = top.parentElement;
  const parts: Element[] = [];
  const best = scoreOf(top) ?? 0;
  const siblingThreshold = Math.max(10, best * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  if (parent && parent !== body.parentElement && !off.has('join-siblings')) {
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === top) {
        parts.push(s);
        continue;
      }
      let append = false;
      const bonus = topClass && s.getAttribute('class') === topClass ? best * 0.2 : 0;
      const ss = scoreOf(s);
      if (ss !== undefined && ss + bonus >= siblingThreshold) append = true;
      else if (tagOf(s) === 'P') {
        const t = totals.get(s);
        if (t) {
          const d = t.linkChars / t.chars;
          if (t.chars > 80 && d < 0.25) append = true;
          else if (t.chars < 80 && t.chars > 0 && d === 0 && /\.( |$)/.test(s.textContent ?? '')) append = true;
        }
      }
      if (append) parts.push(s);
    }
  } else parts.push(top);
  const root = parts.length > 1 && parent ? parent : top;

  let proseChars = 0;
  for (const p of parts) proseChars += (totals.get(p)?.chars ?? 0) - (totals.get(p)?.linkChars ?? 0);
  return { root, parts, proseChars };
}
