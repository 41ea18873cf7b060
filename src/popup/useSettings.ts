// The reader's settings in the popup: loaded once, saved on every change (storage.sync).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, type Settings } from '../messaging/settings';
import { applyTheme } from './theme';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
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
