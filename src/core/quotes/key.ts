// Key quotes for the popup: substantive statements first, one per speaker before any repeats.
import type { Quote } from '../types';

function substance(q: Quote, index: number, total: number): number {
  const n = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // Fragments ("imminent", "a disaster") say little on their own; very long quotes are
  // usually transcripts that do not fit a popup.
  let score = n < 6 ? n / 12 : n <= 45 ? 1 : Math.max(0.5, 1 - (n - 45) / 120);
  if (!q.speaker) score -= 0.6;
  if (/^\p{Ll}/u.test(q.text)) score -= 0.25; // starts mid-sentence: a partial quote
  score -= (0.15 * index) / Math.max(1, total); // earlier quotes carry the story
  return score;
}

/** The best `max` quotes, best first. */
export function pickKeyQuotes(quotes: Quote[], max = 5): Quote[] {
  if (max <= 0 || !quotes.length) return [];
  const ranked = quotes
    .map((q, i) => ({ q, s: substance(q, i, quotes.length) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.q);
  const picked: Quote[] = [];
  const speakers = new Set<string | null>();
  for (const q of ranked) {
    if (picked.length >= max) break;
    const who = q.speaker?.toLowerCase() ?? null;
    if (who !== null && speakers.has(who)) continue;
    speakers.add(who);
    picked.push(q);
  }
  for (const q of ranked) {
    if (picked.length >= max) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return picked;
}
