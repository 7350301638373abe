import type { Article, Quote } from "../src/core/types.js";

/** A sentence of a corpus article with the quotations lying wholly inside it (offsets relative to the sentence). */
export interface Sentence {
  document: string;
  text: string;
  quotes: { start: number; end: number; quote: Quote }[];
}

const BOUNDARY = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/g;

/** Sentences by a plain punctuation rule: enough to recombine text realistically, not a linguistic claim. */
export function splitSentences(articles: readonly Article[], quotes: readonly Quote[]): Sentence[] {
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) byDoc.set(q.document, [...(byDoc.get(q.document) ?? []), q]);
  const out: Sentence[] = [];
  for (const article of articles) {
    const docQuotes = byDoc.get(article.id) ?? [];
    let paragraphStart = 0;
    for (const paragraph of article.body.split(/\n/)) {
      let start = 0;
      const cuts = [...paragraph.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length] as const);
      for (const [end, next] of [...cuts, [paragraph.length, paragraph.length] as const]) {
        const text = paragraph.slice(start, end);
        if (text.trim().length > 0) {
          const from = paragraphStart + start;
          const inside = docQuotes
            .filter((q) => q.start >= from && q.end <= from + text.length)
            .map((q) => ({ start: q.start - from, end: q.end - from, quote: q }));
          out.push({ document: article.id, text, quotes: inside });
        }
        start = next;
      }
      paragraphStart += paragraph.length + 1;
    }
  }
  return out;
}
