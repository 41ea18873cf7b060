// `npm run analyze -- <page.html> [--url URL] [--json]`: Lede's core over a saved page.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../core/analyze';
import { decodePage, parseHtml } from './dom';
import { loadGazetteer } from './gazetteer';
import { toJsonReport, toTextReport } from './report';
import type { SummaryLength } from '../core/types';

const DEFAULT_PAGE = new URL('../../assets/sample/mosul.html', import.meta.url);

interface CliArgs {
  file: string | URL;
  url?: string;
  json: boolean;
  length?: SummaryLength;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { file: DEFAULT_PAGE, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = argv[++i];
    else if (a === '--length') args.length = argv[++i] as SummaryLength;
    else if (a === '--help' || a === '-h') usage(0);
    else if (a.startsWith('--')) usage(2, `unknown option ${a}`);
    else args.file = a;
  }
  return args;
}

function usage(code: number, problem?: string): never {
  if (problem) process.stderr.write(`lede: ${problem}\n`);
  process.stderr.write('usage: npm run analyze -- [page.html[.gz]] [--url URL] [--json] [--length short|medium|long]\n');
  process.exit(code);
}

function readPage(file: string | URL): string {
  const raw = readFileSync(file);
  // Saved pages often come gzipped (the benchmark corpora do).
  return decodePage(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = readPage(args.file);
  } catch (err) {
    usage(2, `cannot read ${String(args.file)}: ${(err as Error).message}`);
  }
  const doc = parseHtml(html, args.url);
  const analysis = analyze(doc, { url: args.url, summaryLength: args.length, gazetteer: loadGazetteer() });
  process.stdout.write(args.json ? JSON.stringify(toJsonReport(analysis)) + '\n' : toTextReport(analysis));
}

main();
