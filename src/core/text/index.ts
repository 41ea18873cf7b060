// Text foundation: sentences, words, stems, stop words.

// FIRST CUT (to be replaced).
export function splitSentences(text: string, _lang?: string | null): string[] {
  return text.split(/(?<=[.!?]["”’]?)\s+(?=[“"A-Z])/).map((s) => s.trim()).filter(Boolean);
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
