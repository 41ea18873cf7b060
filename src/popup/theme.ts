// The theme setting: "system" follows prefers-color-scheme (the CSS does that), "light" and
// "dark" pin it. The choice is an attribute on <html> that popup.css keys its colours on.
import type { Theme } from '../messaging/settings';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
