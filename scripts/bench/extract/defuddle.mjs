#!/usr/bin/env node
// Defuddle 0.19 over linkedom (its Node entry takes any DOM Document, and uses linkedom itself for
// string input), printing what the extraction scorer reads:
//   node defuddle.mjs page.html[.gz] [--url URL]
//   -> {"article":{"text":...}|null,"timing":{"extract_ms":...}}
// Timing covers the extraction call only (HTML parsing excluded), like Lede's extract_ms.
import { readPage, argsOf } from './page.mjs';
import { defuddle, report } from './peers.mjs';

const { file, url } = argsOf(process.argv.slice(2));
process.stdout.write(report(defuddle(readPage(file), url)));
