// The popup's strings come from _locales/<lang>/messages.json through the browser's i18n API, so
// the popup speaks the browser's language. Keys are typed from the English file: a missing or
// misspelt key is a type error, not a blank label.
import browser from 'webextension-polyfill';
import type english from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The message for `key`, with $1, $2… filled in from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // Unknown keys come back empty; showing the key beats showing nothing.
  return text || key;
}

/** Keys that come in a "_one" and an "_other" form for counted things. */
type Counted<K> = K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
export type CountedKey = Counted<MessageKey>;

/** A counted message ("1 distraction hidden", "3 distractions hidden"), by the UI language's rules. */
export function tCount(base: CountedKey, count: number, ...more: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count, ...more);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The popup's own text direction (the UI language's), distinct from the article's. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
