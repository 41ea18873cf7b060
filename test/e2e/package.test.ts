// The built packages keep the privacy promise by construction: minimal permissions, a strict content
// security policy, and no code that could talk to a server or run code it did not ship with.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/', import.meta.url).pathname;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

// The XML namespaces that a DOM library names; they are identifiers, never fetched.
const NAMESPACES = new Set(['http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/XML/1998/namespace']);

describe.each(['chrome', 'firefox'])('the %s package', (browser) => {
  const dir = join(DIST, browser);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = filesUnder(dir).filter((f) => f.endsWith('.js'));

  it('asks for activeTab, scripting and storage only, and for no host', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('allows only its own scripts on its pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval/);
  });

  it('ships no code that opens a connection or evaluates strings', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|new Function)\b|\beval\(/);
      const urls = (code.match(/https?:\/\/[\w.:/-]+/g) ?? []).filter((u) => !NAMESPACES.has(u));
      expect(urls, file).toEqual([]);
    }
  });
});
