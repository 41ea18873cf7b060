// What the popup asks of the page itself: show where a quote or place is, clear highlights.
// A tab that went away or reloaded (no content script any more) simply finds nothing.
import { sendToTab, type RevealResult, type RevealTarget } from '../messaging/messages';

export function revealInPage(tabId: number, target: RevealTarget): Promise<RevealResult> {
  return sendToTab(tabId, 'popup→content:reveal', target).catch(() => ({ found: 0 }));
}

export function clearPageHighlights(tabId: number): Promise<void> {
  return sendToTab(tabId, 'popup→content:clear-highlights', {}).catch(() => undefined);
}
