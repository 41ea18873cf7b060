// Every language has every message, with the same placeholders, so no label is ever blank or
// shows a raw "$1" in one language only.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../_locales/', import.meta.url);
const load = (lang: string) => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, root), 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(',');

describe('locales', () => {
  const english = load('en');
  const languages = readdirSync(root).filter((l) => l !== 'en');

  it('ships English, German, French and Spanish', () => {
    expect(languages.sort()).toEqual(['de', 'es', 'fr']);
  });

  it.each(languages)('%s has every English key, with the same placeholders', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(other[key].message.trim(), `${lang}:${key}`).not.toBe('');
      expect(placeholders(other[key].message), `${lang}:${key}`).toBe(placeholders(message));
    }
  });

  it('gives the manifest its name, description, button title and shortcut description', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g)!.map((m) => m.slice(6, -2));
    expect(used.sort()).toEqual(['actionTitle', 'commandOpen', 'extDescription', 'extName']);
    for (const key of used) expect(english[key]).toBeDefined();
    expect(manifest.default_locale).toBe('en');
  });
});
