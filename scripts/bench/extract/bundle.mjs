// Bundles TypeScript entry points of Lede's core into one file with rolldown (vite's bundler,
// already installed), for the benchmark's Node runs and for injection into Chromium pages.
import { rolldown } from 'rolldown';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** format 'esm' for Node import(), 'iife' (global `name`) for page injection. */
export async function bundle(input, { format = 'esm', name = 'Bundle', dir } = {}) {
  const out = join(dir ?? mkdtempSync(join(tmpdir(), 'lede-bundle-')), `${name}.${format === 'esm' ? 'mjs' : 'js'}`);
  const b = await rolldown({ input, platform: format === 'esm' ? 'node' : 'browser', logLevel: 'silent' });
  await b.write({ file: out, format, name, sourcemap: false });
  await b.close();
  return out;
}
