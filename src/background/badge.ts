// The toolbar badge counts the distractions Lede hides on the tab's page.
import browser from 'webextension-polyfill';
import type { ClutterState } from '../messaging/messages';

export async function showHiddenCount(tabId: number, state: ClutterState): Promise<void> {
  const count = state.clutterHidden ? state.clutter.length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3d5a80' });
  await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
}
