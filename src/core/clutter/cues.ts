// Fragments that any clutter-naming class or id contains (see ATTRIBUTE_KINDS in find.ts). The
// extraction walk reads every element's class and id anyway; with this test it notes the few
// elements worth a closer look, so the clutter scan need not walk the page a second time.
const ATTRIBUTE_CUE = /modal|overlay|backdrop|pop-?up|interstitial|paywall|pay-?wall|paygate|meter|piano|tp-|subscri|premium|plus|offer|abo-|abo_|login|log-?in|sign-?in|regist|regwall|reg-?wall|password|auth-|auth_|account|newsletter|nl-|nl_|sign-?up|opt-?in|email|comment|app-|app_|smart-?banner|smartbanner|push|notif|onesignal/i;

/** Does the element's class, id, aria-label or test id carry a cue? The extraction walk passes the
 * class and id it has already read. */
export function namedByAttributes(el: Element, cls = el.getAttribute('class') ?? '', id = el.getAttribute('id') ?? ''): boolean {
  const label = el.getAttribute('aria-label');
  const testId = el.getAttribute('data-testid');
  if (!cls && !id && !label && !testId) return false;
  return ATTRIBUTE_CUE.test(`${cls} ${id} ${label ?? ''} ${testId ?? ''}`);
}
