// The settings: summary length, number of quotes, theme, and where Lede cleans up without a click.
// Every change is saved at once (storage.sync); there is no Save button to forget.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SummaryLength } from '../../core/types';
import { sendToBackground, type AutoCleanup } from '../../messaging/messages';
import { QUOTE_COUNTS, SUMMARY_SENTENCES, originPatterns, type Settings, type Theme } from '../../messaging/settings';
import { t } from '../i18n';

interface Props {
  settings: Settings;
  /** The current tab's site, when Lede may clean it up (http or https). */
  site: string | null;
  onChange: (patch: Partial<Settings>) => Promise<Settings>;
  /** The background stored the new auto-cleanup choice itself; the popup only mirrors it. */
  onAutoCleanup: (auto: AutoCleanup) => void;
}

const LENGTHS: SummaryLength[] = ['short', 'medium', 'long'];
const THEMES: Theme[] = ['system', 'light', 'dark'];
const LENGTH_KEYS = { short: 'lengthShort', medium: 'lengthMedium', long: 'lengthLong' } as const;
const THEME_KEYS = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

export function SettingsView({ settings, site, onChange, onAutoCleanup }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => heading.current?.focus(), []);

  const auto = settings.autoCleanup;

  /**
   * Asks for the host permission inside the reader's click (browsers allow the request only
   * then), and lets the background register the content script for what was granted.
   */
  const changeAutoCleanup = async (wanted: AutoCleanup, adding: boolean) => {
    if (adding) {
      const granted = await browser.permissions.request({ origins: originPatterns(wanted) }).catch(() => false);
      if (!granted) {
        setStatus(t('permissionRefused'));
        return;
      }
    }
    const applied = await sendToBackground('popup→background:set-auto-cleanup', wanted);
    onAutoCleanup(applied);
    setStatus(t(applied.everywhere || applied.sites.length ? 'autoCleanupOn' : 'autoCleanupOff'));
  };

  const siteChosen = !!site && auto.sites.includes(site);

  return (
    <main class="popup settings">
      <h1 ref={heading} tabIndex={-1}>
        {t('settingsHeading')}
      </h1>

      <fieldset>
        <legend>{t('summaryLengthLegend')}</legend>
        {LENGTHS.map((length) => (
          <label key={length} class="choice">
            <input
              type="radio"
              name="summary-length"
              value={length}
              checked={settings.summaryLength === length}
              onChange={() => void onChange({ summaryLength: length })}
            />{' '}
            {t(LENGTH_KEYS[length], SUMMARY_SENTENCES[length])}
          </label>
        ))}
      </fieldset>

      <label class="field">
        {t('quoteCountLabel')}{' '}
        <select value={String(settings.maxQuotes)} onChange={(e) => void onChange({ maxQuotes: Number(e.currentTarget.value) })}>
          {QUOTE_COUNTS.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>

      <fieldset>
        <legend>{t('themeLegend')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void onChange({ theme })} />{' '}
            {t(THEME_KEYS[theme])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('autoCleanupLegend')}</legend>
        <p class="hint">{t('autoCleanupHelp')}</p>
        {site ? (
          <label class="choice">
            <input
              type="checkbox"
              name="auto-site"
              checked={siteChosen}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const sites = on ? [...auto.sites, site] : auto.sites.filter((s) => s !== site);
                void changeAutoCleanup({ ...auto, sites }, on);
              }}
            />{' '}
            {t('autoCleanupSite', new URL(site).host)}
          </label>
        ) : null}
        <label class="choice">
          <input
            type="checkbox"
            name="auto-everywhere"
            checked={auto.everywhere}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void changeAutoCleanup({ ...auto, everywhere: on }, on);
            }}
          />{' '}
          {t('autoCleanupEverywhere')}
        </label>
        {auto.sites.length ? (
          <ul class="sites" aria-label={t('autoCleanupSites')}>
            {auto.sites.map((s) => (
              <li key={s}>
                <span>{new URL(s).host}</span>{' '}
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('autoCleanupRemove', new URL(s).host)}
                  onClick={() => void changeAutoCleanup({ ...auto, sites: auto.sites.filter((x) => x !== s) }, false)}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <p class="settings-status" role="status">
        {status}
      </p>
    </main>
  );
}
