// What the sample article's reader must always see: its story paragraphs, read from the fixture
// itself (the direct <p> children of the story body; the inline newsletter box is an <aside>).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function storyParagraphs(): string[] {
  const html = readFileSync(new URL('../../../assets/sample/mosul.html', import.meta.url), 'utf8');
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('.article-body > p')).map((p) => (p.textContent ?? '').trim());
}
