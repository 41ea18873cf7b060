// Work budgets. Lede runs inside whatever page the reader opens, and a page can hold anything: an
// endless feed, a 5 MB text node, a DOM thousands of levels deep. Every stage that reads page-sized
// input therefore stops at a size limit and at a time limit, and says that it stopped, so the
// popup can tell the reader the result covers only part of the page. The sizes keep the work
// bounded on any machine; the time limits are the backstop for a slow or busy one.

/** Milliseconds on a monotonic clock. Injected in tests so budgets can be exhausted on purpose. */
export type Clock = () => number;

export const systemClock: Clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A time allowance: loops ask `spent` between steps and wind down when it is. */
export class TimeBudget {
  private readonly until: number;
  constructor(ms: number, private readonly clock: Clock = systemClock) {
    this.until = clock() + ms;
  }
  get spent(): boolean {
    return this.clock() > this.until;
  }
}
