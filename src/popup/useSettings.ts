// The reader's settings in the popup: loaded once, saved on every change (storage.sync).
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../messaging/settings';
import { applyTheme } from './theme';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);

  // A layout effect runs as the first render commits; a plain effect would wait for a painted
  // frame (10–20 ms in a busy popup) before the analysis request could even start.
  useLayoutEffect(() => {
    void loadSettings().then((s) => {
      applyTheme(s.theme);
      setSettings(s);
    });
  }, []);

  const update = useCallback(async (patch: Partial<Settings>) => {
    const next = await saveSettings(patch);
    applyTheme(next.theme);
    setSettings(next);
    return next;
  }, []);

  return { settings, update, replace: setSettings };
}
