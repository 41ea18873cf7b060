// The Node DOM for the command line. linkedom was chosen by measurement on the 60 ScrapingHub dev
// pages (parse + querySelectorAll + textContent): linkedom median 4.5 ms, p95 32 ms, import 171 ms;
// happy-dom median 28.9 ms, p95 75 ms, import 303 ms. jsdom 31 needs Node 22.
// linkedom has no layout (no getComputedStyle values, no boxes), so core must not rely on them.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string, _url?: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}

/**
 * A saved page's text. Browsers decode by the charset the page declares; saved pages from older
 * European sites are often windows-1252 or ISO-8859-1, which read as UTF-8 turn every accented
 * letter into a replacement character. Use the declared charset, else UTF-8, and fall back to
 * windows-1252 (the web's default for legacy pages) when the bytes are not valid UTF-8.
 */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared && /^(?:windows-1252|iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(declared)) return decodeWindows1252(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node 20 decodes "windows-1252" as ISO-8859-1, leaving 0x80–0x9F as control characters; these
// are the printable characters windows-1252 puts there (curly quotes, dashes, the euro sign).
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}
