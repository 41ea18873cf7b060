// Where detection still loses, by kind (issue 14): every trafilatura snippet that Lede gets wrong
// is a story snippet it left out ("missed") or a boilerplate snippet it kept ("leaked"). Each is
// found in the parsed page and sorted by what it is there, in this order of precedence:
//   leaked  newsletter or subscription plug  wording: newsletter, subscribe, sign up, inbox, Abo
//           app teaser                       wording: "our app", App Store, Google Play
//           link roll                        its block is mostly link text (related stories, tags)
//           caption or credit                inside <figure>/<figcaption>, or "Photo:", "Foto:", ©
//           list picked as body              a list item that is not mostly links (references, menus)
//           end matter                       in the story's last two blocks (author bio,
//                                            disclaimer, "posted in", "write to us")
//           other paragraph                  anything else Lede read as story
//   missed  standfirst or intro              before Lede's first story block in the page
//           end of the story                 after its last story block
//           caption (photo pages)            inside <figure>/<figcaption>
//           heading                          an <h1>–<h6>
//           list or table                    inside <li> or <td>/<th>
//           block dropped inside the story   between story blocks, none of the above
//           not in the page text             the snippet cannot be found in the parsed text
//           no article found                 Lede said the page has no article
// Wording and markup only, no site names: the kinds say what a general rule would have to handle.
import { readPageBytes } from '/work/shared/bench/extraction/dataset.mjs';
import { normWs } from '/work/shared/bench/extraction/metric.mjs';
import { halfOfPage } from '../split.mjs';

export const LEAKED = ['newsletter or subscription plug', 'app teaser', 'link roll', 'caption or credit', 'list picked as body', 'end matter', 'other paragraph'];
export const MISSED = ['standfirst or intro', 'end of the story', 'caption (photo pages)', 'heading', 'list or table', 'block dropped inside the story', 'not in the page text', 'no article found'];

const PLUG = /\b(?:newsletters?|subscri(?:be|ption|bers?)|sign(?:ing)? up|inbox|e-?mail alerts?|abo(?:nnement|nnieren)?|e-paper|suscr[ií]b\w*|abonne\w*)\b/i;
const CREDIT = /\b(?:photo|foto|bild|image|credit)s?\s*:|©/i;
const APP = /\b(?:our|the|free) app\b|\bapp store\b|\bgoogle play\b|\bdownload (?:the|our) .{0,20}app\b/i;

const ancestorTag = (el, tags) => {
  for (let e = el; e; e = e.parentElement) if (tags.includes(e.tagName)) return e;
  return null;
};

function linkShare(el) {
  const all = normWs(el.textContent ?? '').length;
  if (!all) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += normWs(a.textContent ?? '').length;
  return links / all;
}

/** Every text node under `root` with its start in the whitespace-normalised concatenation. */
function textMap(root) {
  const nodes = [];
  let text = '';
  const walk = (n) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.data.replace(/\s+/g, ' ');
        if (!t.trim()) { if (!text.endsWith(' ')) text += ' '; continue; }
        if (text.endsWith(' ') && t.startsWith(' ')) nodes.push({ node: c, start: text.length - 1 }), (text += t.slice(1));
        else nodes.push({ node: c, start: text.length }), (text += t);
      } else if (c.nodeType === 1 && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(c.tagName)) {
        // Block boundaries read as spaces, as the extracted text joins blocks with blank lines.
        if (!text.endsWith(' ')) text += ' ';
        walk(c);
        if (!text.endsWith(' ')) text += ' ';
      }
    }
  };
  walk(root);
  return { nodes, text };
}

/** The element holding the start of `snippet` in the page, or null. */
function locate(map, snippet) {
  const at = map.text.indexOf(normWs(snippet));
  if (at < 0) return null;
  let lo = 0, hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.nodes[mid].start <= at) lo = mid; else hi = mid - 1;
  }
  return map.nodes[lo]?.node.parentElement ?? null;
}

/** Elements in document order (linkedom's compareDocumentPosition misorders nested elements). */
function documentOrder(doc) {
  const order = new Map();
  let i = 0;
  for (const el of doc.querySelectorAll('*')) order.set(el, i++);
  return (a, b) => (order.get(a) ?? -1) < (order.get(b) ?? -1); // a comes before b
}

function leakedKind(snippet, blocks) {
  // The story block that carries it (the snippet may also stand elsewhere on the page); its
  // wording tells more than the snippet, which is often a few words of it.
  const block = blocks.find((b) => normWs(b.textContent ?? '').includes(normWs(snippet)));
  const words = block ? normWs(block.textContent ?? '') : snippet;
  if (PLUG.test(words)) return 'newsletter or subscription plug';
  if (APP.test(words)) return 'app teaser';
  const el = block ? locate(textMap(block), snippet) ?? block : null;
  if (block && linkShare(block) > 0.5) return 'link roll';
  if (CREDIT.test(snippet) || (el && ancestorTag(el, ['FIGURE', 'FIGCAPTION']))) return 'caption or credit';
  if (el && ancestorTag(el, ['LI'])) return 'list picked as body';
  if (block && blocks.indexOf(block) >= blocks.length - 2) return 'end matter';
  return 'other paragraph';
}

function missedKind(el, blocks, before) {
  if (!el) return 'not in the page text';
  if (blocks.length && before(el, blocks[0]) && !blocks[0].contains(el)) return 'standfirst or intro';
  const last = blocks[blocks.length - 1];
  if (last && before(last, el) && !last.contains(el)) return 'end of the story';
  if (ancestorTag(el, ['FIGURE', 'FIGCAPTION'])) return 'caption (photo pages)';
  if (ancestorTag(el, ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])) return 'heading';
  if (ancestorTag(el, ['LI', 'TD', 'TH'])) return 'list or table';
  return 'block dropped inside the story';
}

/**
 * The kinds of one page's losses: `doc` the parsed page, `a` Lede's extraction of it, `item` the
 * page's snippets ({ with, without }). Returns { leaked: [kind], missed: [kind] }.
 */
export function pageLosses(doc, a, item) {
  const text = a.isArticle ? normWs(a.paragraphs.join('\n\n')) : '';
  const missed = item.with.filter((s) => !text.includes(normWs(s)));
  const leaked = item.without.filter((s) => text && text.includes(normWs(s)));
  const map = missed.length && a.isArticle ? textMap(doc.documentElement) : null;
  const before = map ? documentOrder(doc) : null;
  return {
    leaked: leaked.map((s) => leakedKind(s, a.blocks)),
    missed: missed.map((s) => (map ? missedKind(locate(map, s), a.blocks, before) : 'no article found')),
  };
}

/**
 * lede: the node bundle (extractArticle, parseHtml, decodePage); ds: the trafilatura set.
 * Returns { A, B }, each { leaked: {kind: n}, missed: {kind: n} }.
 */
export function lossTable(lede, ds) {
  const empty = () => ({ leaked: Object.fromEntries(LEAKED.map((k) => [k, 0])), missed: Object.fromEntries(MISSED.map((k) => [k, 0])) });
  const out = { A: empty(), B: empty() };
  for (const it of ds.items) {
    const half = out[halfOfPage(it.url, it.id)];
    const doc = lede.parseHtml(lede.decodePage(readPageBytes(it.file)));
    const { leaked, missed } = pageLosses(doc, lede.extractArticle(doc, { url: it.url }), it);
    for (const k of leaked) half.leaked[k]++;
    for (const k of missed) half.missed[k]++;
  }
  return out;
}
