import type { Article } from "../src/core/types.js";

/** A sentence of a corpus article. */
export interface Sentence {
  document: string;
  text: string;
}

const BOUNDARY = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/g;

/** Sentences by a plain punctuation rule: enough to recombine text realistically, not a linguistic claim. */
export function splitSentences(articles: readonly Article[]): Sentence[] {
  const out: Sentence[] = [];
  for (const article of articles) {
    for (const paragraph of article.body.split(/\n/)) {
      let start = 0;
      const cuts = [...paragraph.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length] as const);
      for (const [end, next] of [...cuts, [paragraph.length, paragraph.length] as const]) {
        const text = paragraph.slice(start, end);
        if (text.trim().length > 0) out.push({ document: article.id, text });
        start = next;
      }
    }
  }
  return out;
}
