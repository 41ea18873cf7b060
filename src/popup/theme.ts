// The theme setting: "system" follows prefers-color-scheme (the CSS does that), "light" and
// "dark" pin it. The choice is an attribute on <html> that popup.css keys its colours on.
import type { Theme } from '../messaging/settings';

// storage.sync answers asynchronously, after the first paint; a copy in the popup's own
// localStorage lets a reader who pinned "dark" get dark from the first frame, without a flash.
const FIRST_PAINT_KEY = 'lede-theme';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(FIRST_PAINT_KEY, theme);
  } catch {
    // Storage may be disabled; the theme then only arrives with the settings.
  }
}

/** The theme last applied, for the first paint (storage.sync remains the truth). */
export function applyRememberedTheme(root: HTMLElement = document.documentElement): void {
  let theme: string | null = null;
  try {
    theme = localStorage.getItem(FIRST_PAINT_KEY);
  } catch {
    theme = null;
  }
  root.dataset.theme = theme === 'light' || theme === 'dark' ? theme : 'system';
}
