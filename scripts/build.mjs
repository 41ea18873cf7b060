#!/usr/bin/env node
// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox), the command-line tool
// (dist/cli), and the store-ready zips dist/lede-<browser>-<version>.zip; prints bundle sizes.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const mode of ['chrome', 'firefox', 'cli']) {
  await build({ root, mode, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * @crxjs also emits the content script as a module chunk, though the extension only ever injects
 * its self-contained IIFE build. A script chunk that no other file of the package names is never
 * loaded: drop it rather than ship it.
 */
function dropUnreferencedChunks(dir) {
  const files = filesUnder(dir);
  const texts = files.filter((f) => /\.(js|json|html)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')]);
  for (const chunk of files.filter((f) => f.startsWith(join(dir, 'assets')) && f.endsWith('.js'))) {
    const name = basename(chunk);
    if (!texts.some(([f, text]) => f !== chunk && text.includes(name))) {
      rmSync(chunk);
      console.log(`dropped unreferenced ${relative(root, chunk)}`);
    }
  }
}

for (const browser of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', browser);
  dropUnreferencedChunks(dir);
  const files = filesUnder(dir).filter((f) => !f.endsWith('.vite/manifest.json') && !f.includes('/.vite/'));
  // A fixed date makes the zip reproducible, which store reviewers can check.
  const entries = Object.fromEntries(
    files.map((f) => [relative(dir, f), [readFileSync(f), { mtime: new Date('2020-01-01T00:00:00Z') }]]),
  );
  const zipPath = join(root, 'dist', `lede-${browser}-${version}.zip`);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  console.log(`\n${browser}: ${relative(root, zipPath)} (${kb(statSync(zipPath).size)})`);
  for (const f of files.filter((f) => /\.(js|css|html|json|txt|tsv)$/.test(f)).sort()) {
    const bytes = readFileSync(f);
    console.log(`  ${relative(dir, f).padEnd(44)} ${kb(bytes.length).padStart(9)} raw ${kb(gzipSync(bytes).length).padStart(9)} gzip`);
  }
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
