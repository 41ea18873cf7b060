// Direct quotations and who said them.
import type { Quote } from '../types';

// FIRST CUT (to be replaced).
export function findQuotes(_paragraphs: string[]): Quote[] {
  return [];
}

export function pickKeyQuotes(quotes: Quote[], max = 5): Quote[] {
  return quotes.slice(0, max);
}
