// Shared by the summary and quotes benchmarks: runs a scoring script of /work/shared/bench for one
// system, and bundles Lede's core once so it can also be timed in-process (without CLI start-up).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const shared = process.env.LEDE_SHARED ?? '/work/shared';

/** Every JSON document of a corpus folder, in file-name order. */
export const loadDocs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

/** A JSON-lines file (a scoring script's --save output), one object per line. */
export const readJsonLines = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** Runs `node <script> --data <data> --cmd <cmd>` and returns its last line's figures. */
export function runEval(script, data, cmd, extra = []) {
  const r = spawnSync(process.execPath, [join(shared, 'bench', script), '--data', data, '--cmd', cmd, '--jobs', '1', ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  const figures = {};
  for (const line of lines) {
    for (const m of line.matchAll(/([A-Za-z_]+[A-Za-z0-9_/]*) (\d+(?:\.\d+)?)/g)) figures[m[1]] ??= Number(m[2]);
  }
  const last = lines[lines.length - 1];
  for (const m of last.matchAll(/([A-Za-z_0-9]+) (\d+(?:\.\d+)?)/g)) figures[m[1]] = Number(m[2]);
  return { figures, stdout: r.stdout };
}

/** Lede's text stages bundled to one ES module, for timing them in-process. */
export async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    ['summary', 'quotes', 'text'].map((m) => `export * from ${JSON.stringify(join(root, 'src/core', m, 'index.ts'))};`).join('\n'),
  );
  const out = join(dir, 'core.mjs');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/rolldown/bin/cli.mjs'), entry, '-o', out, '-f', 'esm', '-p', 'node'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bundling core failed: ${r.stderr}`);
  return import(out);
}

export const pad = (s, n) => String(s).padEnd(n);
export const num = (x, d = 3) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

/** Milliseconds per call of fn over items, best of `rounds` passes (the least disturbed by other
 *  work on a shared machine). */
export function timePerItem(items, fn, rounds = 3) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const it of items) fn(it);
    best = Math.min(best, (performance.now() - t) / items.length);
  }
  return best;
}
