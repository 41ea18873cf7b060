// Shared by the peer wrappers: read a saved page (gzipped or not), turn extracted HTML into text
// with a line break per block, so that words of adjacent paragraphs never run together.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readPage(file) {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

const BLOCK = /^(?:P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|FIGURE|FIGCAPTION|HEADER|FOOTER|ASIDE|DL|DT|DD|BR|HR|MAIN)$/;

/** Text of a subtree with "\n" at block boundaries (iterative: deep markup is fine). */
export function blockText(root) {
  const out = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n === '\n') { out.push('\n'); continue; }
    if (n.nodeType === 3) { out.push(n.nodeValue); continue; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = n.tagName ? n.tagName.toUpperCase() : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const block = BLOCK.test(tag);
    if (block) stack.push('\n');
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    if (block) stack.push('\n');
  }
  return out.join('').replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}

export function argsOf(argv) {
  const args = { file: null, url: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') args.url = argv[++i];
    else if (argv[i] === '--json') continue;
    else args.file = argv[i];
  }
  return args;
}
