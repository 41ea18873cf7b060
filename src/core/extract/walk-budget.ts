// Detection's budget for its one walk over the page. News pages hold 2,000–20,000 elements and
// under 100,000 characters of text; the limits sit far above that, so only pages that are not an
// article a reader reads in one sitting (a feed that never ends, a log, a dump) reach them. There
// the walk stops, keeps what it read (the story of such pages is near its start) and the
// extraction is marked partial.
import { type Clock, TimeBudget } from '../budget';

export interface DetectionLimits {
  /** Elements visited. */
  elements: number;
  /** Characters of text read, all units together. */
  characters: number;
  /** Characters read into one unit: no paragraph runs longer; a 5 MB text node is not one. */
  unitCharacters: number;
  /** Milliseconds for the walk, a backstop for slow machines. */
  ms: number;
}

export const DETECTION_LIMITS: DetectionLimits = {
  elements: 200_000,
  characters: 2_000_000,
  unitCharacters: 50_000,
  ms: 400,
};

/** The clock is asked once per this many elements: reading it is cheap, not free. */
const CLOCK_EVERY = 256;

export class WalkBudget {
  /** True once any limit was reached and something on the page was left unread. */
  exhausted = false;
  private elements = 0;
  private characters = 0;
  private readonly time: TimeBudget;

  constructor(
    private readonly limits: DetectionLimits = DETECTION_LIMITS,
    clock?: Clock,
  ) {
    this.time = new TimeBudget(limits.ms, clock);
  }

  /** Counts one element; false when the walk must stop before it. */
  element(): boolean {
    this.elements++;
    if (this.elements > this.limits.elements || (this.elements % CLOCK_EVERY === 0 && this.time.spent)) {
      this.exhausted = true;
    }
    return !this.exhausted;
  }

  /** How much of a text node's `value` may be read into a unit already holding `inUnit` characters. */
  text(value: string, inUnit: number): number {
    const room = Math.max(0, Math.min(value.length, this.limits.unitCharacters - inUnit, this.limits.characters - this.characters));
    // Templates indent with runs of tens of thousands of spaces: leaving blanks unread loses nothing.
    if (room < value.length && /\S/.test(value.slice(room))) this.exhausted = true;
    this.characters += room;
    return room;
  }

  /** No text may be read any more: the walk can stop. */
  get full(): boolean {
    return this.characters >= this.limits.characters;
  }
}
