#!/usr/bin/env node
// Readability.js 0.6 over linkedom, printing what the extraction scorer reads:
//   node readability.mjs page.html[.gz] [--url URL]
//   -> {"article":{"text":...}|null,"timing":{"extract_ms":...}}
// Timing covers parse() only, like Lede's extract_ms (HTML parsing is excluded for every tool).
import { readPage, argsOf } from './page.mjs';
import { readability, report } from './peers.mjs';

const { file, url } = argsOf(process.argv.slice(2));
process.stdout.write(report(readability(readPage(file), url)));
