/** Pages far past anything a news site serves, by file name ("huge.html"): each returns its HTML. */
export const STRESS_PAGES: Record<string, () => string>;
