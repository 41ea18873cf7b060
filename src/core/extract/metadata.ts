// Title, byline, date, site, language and direction, from what publishers give search engines and
// social networks (JSON-LD, Open Graph, meta tags) first, and the visible page second: structured
// data is written for machines and rarely carries the " - Site" suffixes and "By " prefixes.
import type { PageFacts } from '../types';
import { collapse } from './dom';

export interface Metadata extends Omit<PageFacts, 'url' | 'isArticle'> {
  /** JSON-LD articleBody, when the page ships the story text for search engines. */
  articleBody: string | null;
  /** og:type / JSON-LD @type says this is an article. */
  declaredArticle: boolean;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Blog|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|SatiricalArticle|AdvertiserContentArticle|SocialMediaPosting|DiscussionForumPosting|Review)$/;

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened (iteratively). */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item as Json);
        const graph = (item as Json)['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return out;
}

const typesOf = (o: Json): string[] => {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
};

function names(value: unknown): string[] {
  const out: string[] = [];
  const queue: unknown[] = [value];
  while (queue.length && out.length < 10) {
    const v = queue.shift();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object' && 'name' in (v as Json)) queue.push((v as Json).name);
  }
  return out.map(collapse).filter((s) => s && !/^https?:\/\//.test(s));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? collapse(v) : null);

/** Every <meta> of the page by its property, name and itemprop (lower-cased), read once: looking
 * up thirty keys with a selector each would scan the document thirty times. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, collapse(content));
    }
  }
  return table;
}

function metaFrom(table: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = table.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** Removes a leading "By", "Von", "Par", "Por", "Door", "Di" and trailing dates or roles. */
export function cleanByline(raw: string): string | null {
  let s = collapse(raw)
    .replace(/^(?:by|von|par|por|door|di|de|av|af)\s*[:\s]\s*/i, '')
    .replace(/\s*(?:[|·•,—–-]|\bon\b|\bupdated\b|\bpublished\b)\s*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}).*$/i, '')
    .replace(/\s*[|·•]\s*.*$/, '')
    .trim();
  if (!s || s.length > 100 || /^https?:/.test(s)) return null;
  s = s.replace(/[,;]\s*$/, '');
  return s || null;
}

export function normalizeDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(t).toISOString();
}

const RTL_LANGS = /^(?:ar|he|iw|fa|ur|ps|yi|dv|ug|ckb|sd|ku-arab)\b/i;

/** Splits "Headline - Site" / "Site | Headline" and keeps the headline part. */
export function stripSiteFromTitle(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—\-:»·]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const siteLower = site?.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== siteLower);
  // The longest part is the headline; a site name is short.
  const longest = kept.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

export function readMetadata(doc: Document, url: string | null): Metadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]): string | null => metaFrom(table, ...keys);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const publisher = article && article.publisher ? names(article.publisher)[0] ?? null : null;
  const website = ld.find((o) => typesOf(o).includes('WebSite'));

  const site =
    meta('og:site_name', 'application-name', 'twitter:app:name:iphone') ??
    publisher ??
    (website ? str(website.name) : null) ??
    hostOf(url);

  const ogTitle = meta('og:title', 'twitter:title', 'headline', 'title', 'dc.title', 'DC.title');
  const ldTitle = article ? str(article.headline) ?? str(article.name) : null;
  const docTitle = collapse(doc.title ?? '') || null;
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => collapse(h.textContent ?? '')).filter(Boolean);
  let title: string | null = null;
  // The visible headline wins when the metadata agrees with it (metadata is sometimes an SEO
  // variant); otherwise trust the metadata over a stray <h1> (a logo, a section name).
  const hint = (ldTitle ?? ogTitle ?? docTitle ?? '').toLowerCase();
  if (hint) title = h1s.find((h) => h.length > 10 && (hint.includes(h.toLowerCase()) || h.toLowerCase().includes(hint))) ?? null;
  title ??= ldTitle ?? (ogTitle ? stripSiteFromTitle(ogTitle, site) : null);
  if (!title && h1s.length === 1 && h1s[0].length > 10) title = h1s[0];
  title ??= docTitle ? stripSiteFromTitle(docTitle, site) : null;

  let byline: string | null = null;
  if (article && article.author) byline = names(article.author).join(', ') || null;
  byline ??= meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'byl');
  if (byline && (/^https?:/.test(byline) || (site && byline.toLowerCase() === site.toLowerCase()))) byline = null;
  if (!byline) {
    const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline, .author, [class*="byline"]');
    if (el) byline = collapse(el.textContent ?? '');
  }
  byline = byline ? cleanByline(byline) : null;

  const published = normalizeDate(
    (article ? str(article.datePublished) ?? str(article.dateCreated) : null) ??
      meta('article:published_time', 'datePublished', 'og:published_time', 'published_time', 'pubdate',
        'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date', 'DC.date.issued', 'dcterms.created',
        'parsely-pub-date', 'sailthru.date', 'article.published', 'cXenseParse:recs:publishtime') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
      doc.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime') ??
      null,
  );

  const html = doc.documentElement;
  let lang = html?.getAttribute('lang') || html?.getAttribute('xml:lang') || null;
  lang ??= meta('content-language', 'language', 'dc.language', 'og:locale');
  if (!lang && article) lang = str(article.inLanguage);
  lang = lang ? lang.trim().split(/[,;\s]/)[0].replace('_', '-') || null : null;

  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir: 'ltr' | 'rtl' = dirAttr === 'rtl' || (!dirAttr && lang && RTL_LANGS.test(lang)) ? 'rtl' : 'ltr';

  const declaredArticle =
    !!article || /article/i.test(meta('og:type') ?? '') || !!doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]');
  const articleBody = article ? str(article.articleBody) : null;

  return { title, byline, published, site, lang, dir, articleBody, declaredArticle };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
