// The keyboard shortcut that opens Lede, as the reader has it set (they can change it in the
// browser), read with commands.getAll rather than assumed from the manifest.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from './i18n';

export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  if (shortcut === undefined) return null;
  return (
    <p class="shortcut">
      {shortcut ? (
        <>
          {t('shortcutLabel')} <kbd>{shortcut}</kbd>
        </>
      ) : (
        t('shortcutNone')
      )}
    </p>
  );
}
