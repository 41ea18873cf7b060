// The analysis as text to paste elsewhere (notes, chat, a document): Markdown or plain text, the
// whole analysis or one section, always headed by the article's title and address so the pasted
// text says where it came from. Pure functions: the popup only puts their result on the clipboard.
import type { Analysis, Place, PlaceReading, Quote } from '../core/types';

export type ExportScope = 'all' | 'summary' | 'quotes' | 'places';
export type ExportFormat = 'markdown' | 'text';

/** Words the export needs, in the reader's language (English by default, for tests and tools). */
export interface ExportLabels {
  untitled: string;
  summary: string;
  quotes: string;
  places: string;
  unattributed: string;
  /** "3 mentions" for a count above one. */
  mentions: (count: number) => string;
  /** "city", "river"… for a place kind. */
  kind: (kind: Place['kind']) => string;
  /** "Not sure which: Springfield, Illinois, or Springfield, Missouri?" */
  unsure: (chosen: string, other: string) => string;
}

export const ENGLISH_LABELS: ExportLabels = {
  untitled: 'Untitled article',
  summary: 'Summary',
  quotes: 'Key quotes',
  places: 'Places',
  unattributed: 'Unattributed',
  mentions: (n) => `${n} mentions`,
  kind: (k) => (k === 'other' ? 'place' : k),
  unsure: (chosen, other) => `Not sure which: ${chosen}, or ${other}?`,
};

/** "Brandon, Florida", "Brandon, Manitoba, Canada": enough to tell two readings of a name apart. */
export function whereLabel(p: PlaceReading): string {
  return [p.name, p.region, p.kind === 'country' ? null : p.country].filter(Boolean).join(', ');
}

/** The place's uncertainty as a sentence, or '' when Lede is sure of it. */
const unsureLine = (p: Place, labels: ExportLabels) => (p.alternative ? labels.unsure(whereLabel(p), whereLabel(p.alternative)) : '');

const SECTIONS: Array<Exclude<ExportScope, 'all'>> = ['summary', 'quotes', 'places'];

/**
 * Page text made safe to paste anywhere. Line breaks would let one sentence open a heading or a
 * list in the pasted document; bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069) would reorder everything after them where they land ("Trojan Source"), and
 * outside the popup nothing contains them. Marks that only steer neighbouring characters (LRM,
 * RLM, ALM) and joiners that Persian and emoji need stay.
 */
export function inert(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s*(?:\r\n|[\n\r\u2028\u2029])\s*/g, ' ');
}

/** Characters Markdown would read as formatting or HTML, escaped so the article's words stay words. */
export function escapeMarkdown(text: string): string {
  return inert(text)
    .replace(/([\\`*_[\]<>|&])/g, '\\$1')
    .replace(/^(\s*)([#>+-])(?=\s)/, '$1\\$2')
    // "1. " opens an ordered list: escape its dot ("\1." would print the backslash).
    .replace(/^(\s*\d+)([.)])(?=\s)/, '$1\\$2');
}

/** "Maj. Dhia Thamir": the rank the article writes before the name, then the name. */
export function speakerName(q: Quote, unattributed: string): string {
  return q.speaker ? [q.title, q.speaker].filter(Boolean).join(' ') : unattributed;
}

/** The role shown after the name, unless it is all the article says ("a spokesman"): said once. */
export function speakerRole(q: Quote): string | null {
  return q.role && q.role !== q.speaker ? q.role : null;
}

function speakerLine(q: Quote, labels: ExportLabels): string {
  return [speakerName(q, labels.unattributed), speakerRole(q)].filter(Boolean).join(', ');
}

function placeFacts(p: Place, labels: ExportLabels): string {
  return [labels.kind(p.kind), p.kind === 'country' ? null : p.country].filter(Boolean).join(', ');
}

function sectionsOf(scope: ExportScope) {
  return scope === 'all' ? SECTIONS : [scope];
}

export function toMarkdown(a: Analysis, scope: ExportScope = 'all', labels: ExportLabels = ENGLISH_LABELS): string {
  const title = escapeMarkdown(a.title ?? labels.untitled);
  const out: string[] = [a.url ? `# [${title}](<${a.url}>)` : `# ${title}`];
  for (const section of sectionsOf(scope)) {
    if (section === 'summary' && a.summary.length) {
      out.push(`## ${labels.summary}`, a.summary.map((s) => `- ${escapeMarkdown(s)}`).join('\n'));
    }
    if (section === 'quotes' && a.keyQuotes.length) {
      out.push(
        `## ${labels.quotes}`,
        a.keyQuotes.map((q) => `> “${escapeMarkdown(q.text)}”\n> — ${escapeMarkdown(speakerLine(q, labels))}`).join('\n\n'),
      );
    }
    if (section === 'places' && a.places.length) {
      out.push(
        `## ${labels.places}`,
        a.places
          .map((p) => {
            const count = p.count > 1 ? ` (${labels.mentions(p.count)})` : '';
            const description = p.description ? `: ${escapeMarkdown(p.description)}` : '';
            const unsure = p.alternative ? ` — ${escapeMarkdown(unsureLine(p, labels))}` : '';
            return `- **${escapeMarkdown(p.name)}** — ${escapeMarkdown(placeFacts(p, labels))}${count}${description}${unsure}`;
          })
          .join('\n'),
      );
    }
  }
  return out.join('\n\n') + '\n';
}

export function toPlainText(a: Analysis, scope: ExportScope = 'all', labels: ExportLabels = ENGLISH_LABELS): string {
  const out: string[] = [[inert(a.title ?? labels.untitled), a.url].filter(Boolean).join('\n')];
  for (const section of sectionsOf(scope)) {
    if (section === 'summary' && a.summary.length) {
      out.push(`${labels.summary.toUpperCase()}\n${a.summary.map((s) => `• ${inert(s)}`).join('\n')}`);
    }
    if (section === 'quotes' && a.keyQuotes.length) {
      out.push(`${labels.quotes.toUpperCase()}\n${a.keyQuotes.map((q) => `“${inert(q.text)}”\n  — ${inert(speakerLine(q, labels))}`).join('\n')}`);
    }
    if (section === 'places' && a.places.length) {
      const lines = a.places.map((p) => {
        const count = p.count > 1 ? `, ${labels.mentions(p.count)}` : '';
        const unsure = p.alternative ? ` — ${inert(unsureLine(p, labels))}` : '';
        return `• ${inert(p.name)} (${placeFacts(p, labels)}${count})${p.description ? `: ${inert(p.description)}` : ''}${unsure}`;
      });
      out.push(`${labels.places.toUpperCase()}\n${lines.join('\n')}`);
    }
  }
  return out.join('\n\n') + '\n';
}

export function formatAnalysis(a: Analysis, format: ExportFormat, scope: ExportScope, labels?: ExportLabels): string {
  return format === 'markdown' ? toMarkdown(a, scope, labels) : toPlainText(a, scope, labels);
}
