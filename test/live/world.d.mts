export interface LivePageSpec {
  name: string;
  layout: 'classic' | 'hashed' | 'modern' | 'soup';
  behaviour: string;
  /** Prompts the page puts up that Lede must leave visible (a consent banner). */
  keep?: string[];
  /** The site locks scrolling under its prompt. */
  locks?: boolean;
  /** The site blurs story text it delivered. */
  blurs?: boolean;
  lookalikes?: 'boxes' | 'podcast';
}
export const LIVE_PAGES: LivePageSpec[];
export function livePage(name: string, query?: string): string | null;
export function liveStory(name: string): string[];
export const LIVE_SITE_DIR: string;
