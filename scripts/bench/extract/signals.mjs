// What each detection signal adds: every dev page is parsed once and detected with all signals on
// and with each signal off in turn (src/core/extract/signals.ts), in this process, scored with the
// shared benchmark's own metric functions, per half of the split (scripts/bench/split.mjs).
// A signal that adds on the half it was not tuned on holds for news in general; one that adds only
// on one half, or on one page, was fitted to what was in view.
import { readPageBytes } from '/work/shared/bench/extraction/dataset.mjs';
import { shingleTpFpFn, aggregateShingle, segmentCounts, aggregateSegments } from '/work/shared/bench/extraction/metric.mjs';
import { halfOf, siteOf } from '../split.mjs';

/** Score of one set's pages: SH macro shingle F1, trafilatura micro snippet F1. */
export function scoreRows(kind, rows) {
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
 * lede: the imported node bundle (extractArticle, parseHtml, decodePage, ALL_SIGNALS).
 * Returns, per set, per variant ('all' or a signal name), per half: the score; and per signal the
 * pages whose own score it moves.
 */
export function ablate(lede, datasets, { onProgress } = {}) {
  const variants = ['all', ...lede.ALL_SIGNALS];
  const out = {};
  let done = 0;
  const total = datasets.reduce((n, d) => n + d.items.length, 0);
  for (const ds of datasets) {
    const rows = Object.fromEntries(variants.map((v) => [v, { A: [], B: [] }]));
    const moved = Object.fromEntries(lede.ALL_SIGNALS.map((s) => [s, { A: [], B: [] }]));
    for (const it of ds.items) {
      const half = halfOf(siteOf(it.url, it.id));
      const doc = lede.parseHtml(lede.decodePage(readPageBytes(it.file)));
      let base = null;
      for (const v of variants) {
        const a = lede.extractArticle(doc, { url: it.url, signalsOff: v === 'all' ? undefined : new Set([v]) });
        const row = rowFor(ds.kind, it, a.isArticle ? a.paragraphs.join('\n\n') : '');
        rows[v][half].push(row);
        if (v === 'all') base = pageScore(ds.kind, row);
        else {
          const delta = base - pageScore(ds.kind, row);
          if (Math.abs(delta) > (ds.kind === 'scrapinghub' ? 0.005 : 0)) moved[v][half].push({ id: it.id, delta });
        }
      }
      onProgress?.(++done, total);
    }
    const scores = {};
    for (const v of variants) scores[v] = { A: scoreRows(ds.kind, rows[v].A), B: scoreRows(ds.kind, rows[v].B), n: { A: rows[v].A.length, B: rows[v].B.length } };
    out[ds.name] = { scores, moved };
  }
  return out;
}

/** One half's figure from eval.mjs's per-page output (its --json summary's perPage). */
export function halfFromPerPage(kind, perPage, half) {
  const rows = perPage.filter((r) => halfOf(siteOf(r.url, r.id)) === half);
  if (kind === 'scrapinghub') {
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const p = mean(rows.filter((r) => r.precision != null).map((r) => r.precision));
    const r = mean(rows.filter((x) => x.recall != null).map((x) => x.recall));
    return { f1: (2 * p * r) / (p + r), n: rows.length };
  }
  return { f1: aggregateSegments(rows).f1, n: rows.length };
}

/** Below this a signal's effect is rounding, not evidence (0.05 F1 points). */
const NOISE = 0.0005;

/**
 * Cross-validation of the keep-or-drop decision for each signal: tuned on one half, a signal is
 * kept when it adds (summed over both sets) there; the kept set is then scored on the other half.
 * Returns both folds with the figure on the tuning half and on the held-out half.
 */
export function crossValidate(lede, datasets, ablation) {
  const folds = [];
  for (const [tune, held] of [['A', 'B'], ['B', 'A']]) {
    const dropped = lede.ALL_SIGNALS.filter((s) => {
      let adds = 0;
      for (const ds of datasets) adds += ablation[ds.name].scores.all[tune] - ablation[ds.name].scores[s][tune];
      return adds < -NOISE;
    });
    folds.push({ tune, held, dropped });
  }
  return folds;
}

/** Scores of every set's halves with `off` signals switched off together. */
export function scoreWithOff(lede, datasets, off) {
  const out = {};
  for (const ds of datasets) {
    const rows = { A: [], B: [] };
    for (const it of ds.items) {
      const doc = lede.parseHtml(lede.decodePage(readPageBytes(it.file)));
      const a = lede.extractArticle(doc, { url: it.url, signalsOff: new Set(off) });
      rows[halfOf(siteOf(it.url, it.id))].push(rowFor(ds.kind, it, a.isArticle ? a.paragraphs.join('\n\n') : ''));
    }
    out[ds.name] = { A: scoreRows(ds.kind, rows.A), B: scoreRows(ds.kind, rows.B) };
  }
  return out;
}
