// What each detection signal adds: every dev page is parsed once and detected with all signals on
// and with each signal off in turn (src/core/extract/signals.ts), in this process, scored with the
// shared benchmark's own metric functions, per half of the split (scripts/bench/split.mjs).
// A signal that adds on the half it was not tuned on holds for news in general; one that adds only
// on one half, or on one page, was fitted to what was in view.
import { readPageBytes } from '/work/shared/bench/extraction/dataset.mjs';
import { shingleTpFpFn, aggregateShingle, segmentCounts, aggregateSegments } from '/work/shared/bench/extraction/metric.mjs';
import { halfOfPage } from '../split.mjs';

/** Score of one set's pages: SH macro shingle F1, trafilatura micro snippet F1. */
function scoreRows(kind, rows) {
  if (kind === 'scrapinghub') return aggregateShingle(rows.map((r) => r.tpfpfn)).f1;
  return aggregateSegments(rows.map((r) => r.counts)).f1;
}

function rowFor(kind, it, text) {
  return kind === 'scrapinghub' ? { tpfpfn: shingleTpFpFn(it.truth, text) } : { counts: segmentCounts(it, text) };
}

/** A page's own score, to count the pages a signal changes. */
function pageScore(kind, row) {
  if (kind === 'scrapinghub') {
    const [tp, fp, fn] = row.tpfpfn;
    return tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const c = row.counts;
  return c.tp - c.fp;
}

/**
 * Detects every page once per variant (a name and the signals it switches off), parsing each page
 * once for all of them. Returns, per set, per variant, per half, the score, and per page the
 * variants' own page scores (in variant order).
 */
function runVariants(lede, datasets, variants) {
  const out = {};
  for (const ds of datasets) {
    const rows = variants.map(() => ({ A: [], B: [] }));
    const pages = [];
    for (const it of ds.items) {
      const half = halfOfPage(it.url, it.id);
      const doc = lede.parseHtml(lede.decodePage(readPageBytes(it.file)));
      const own = variants.map((v, i) => {
        const a = lede.extractArticle(doc, { url: it.url, signalsOff: new Set(v.off) });
        const row = rowFor(ds.kind, it, a.isArticle ? a.paragraphs.join('\n\n') : '');
        rows[i][half].push(row);
        return pageScore(ds.kind, row);
      });
      pages.push({ half, own });
    }
    const scores = Object.fromEntries(variants.map((v, i) => [v.name, { A: scoreRows(ds.kind, rows[i].A), B: scoreRows(ds.kind, rows[i].B) }]));
    out[ds.name] = { scores, pages };
  }
  return out;
}

/**
 * lede: the imported node bundle (extractArticle, parseHtml, decodePage, ALL_SIGNALS).
 * Returns, per set: scores[variant][half] for 'all' and each signal off alone, and moved[signal][half],
 * the number of pages whose own score the signal moves.
 */
export function ablate(lede, datasets) {
  const variants = [{ name: 'all', off: [] }, ...lede.ALL_SIGNALS.map((s) => ({ name: s, off: [s] }))];
  const runs = runVariants(lede, datasets, variants);
  const out = {};
  for (const ds of datasets) {
    const { scores, pages } = runs[ds.name];
    // Below this change a page's score is rounding (shingle F1), or nothing moved (snippet counts).
    const minDelta = ds.kind === 'scrapinghub' ? 0.005 : 0;
    const moved = Object.fromEntries(lede.ALL_SIGNALS.map((s, i) => [s, {
      A: pages.filter((p) => p.half === 'A' && Math.abs(p.own[0] - p.own[i + 1]) > minDelta).length,
      B: pages.filter((p) => p.half === 'B' && Math.abs(p.own[0] - p.own[i + 1]) > minDelta).length,
    }]));
    out[ds.name] = { scores, moved };
  }
  return out;
}

/** One half's figure from eval.mjs's per-page output (its --json summary's perPage). */
export function halfFromPerPage(kind, perPage, half) {
  const rows = perPage.filter((r) => halfOfPage(r.url, r.id) === half);
  if (kind === 'scrapinghub') {
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const p = mean(rows.filter((r) => r.precision != null).map((r) => r.precision));
    const r = mean(rows.filter((x) => x.recall != null).map((x) => x.recall));
    return (2 * p * r) / (p + r);
  }
  return aggregateSegments(rows).f1;
}

/** Below this a signal's effect is rounding, not evidence (0.05 F1 points). */
const NOISE = 0.0005;

/**
 * Cross-validation of the keep-or-drop decision for each signal: tuned on one half, a signal is
 * kept when it adds (summed over both sets) there; the kept set is then scored on both halves.
 * Both folds are detected in one pass over the pages.
 */
export function crossValidate(lede, datasets, ablation) {
  const folds = [['A', 'B'], ['B', 'A']].map(([tune, held]) => ({
    tune,
    held,
    dropped: lede.ALL_SIGNALS.filter((s) => {
      let adds = 0;
      for (const ds of datasets) adds += ablation[ds.name].scores.all[tune] - ablation[ds.name].scores[s][tune];
      return adds < -NOISE;
    }),
  }));
  const runs = runVariants(lede, datasets, folds.map((f) => ({ name: f.tune, off: f.dropped })));
  return folds.map((f) => ({ ...f, scores: Object.fromEntries(datasets.map((ds) => [ds.name, runs[ds.name].scores[f.tune]])) }));
}
