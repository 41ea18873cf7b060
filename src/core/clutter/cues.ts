// Fragments that any clutter-naming class or id contains (see ATTRIBUTE_KINDS in find.ts). The
// extraction walk reads every element's class and id anyway; with this test it notes the few
// elements worth a closer look, so the clutter scan need not walk the page a second time.
export const ATTRIBUTE_CUE = /modal|overlay|backdrop|pop-?up|interstitial|paywall|pay-?wall|paygate|meter|piano|tp-|subscri|premium|plus|offer|abo-|abo_|login|log-?in|sign-?in|regist|regwall|reg-?wall|password|auth-|auth_|account|newsletter|nl-|nl_|sign-?up|opt-?in|email|comment|app-|app_|smart-?banner|smartbanner|push|notif|onesignal/i;
