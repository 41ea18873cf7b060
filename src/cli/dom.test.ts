import { describe, expect, it } from 'vitest';
import { decodePage } from './dom';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('reading a saved page', () => {
  it('decodes by the charset the page declares', () => {
    const page = latin1('<meta charset="iso-8859-1"><p>Caf\xe9 in M\xfcnchen</p>');
    expect(decodePage(page)).toContain('Café in München');
  });

  it('reads undeclared pages as UTF-8, and legacy bytes as windows-1252', () => {
    expect(decodePage(new TextEncoder().encode('<p>Zürich — “quoted”</p>'))).toContain('Zürich — “quoted”');
    expect(decodePage(latin1('<p>Z\xfcrich \x93quoted\x94</p>'))).toContain('Zürich “quoted”');
  });
});
