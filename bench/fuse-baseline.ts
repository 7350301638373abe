import Fuse from "fuse.js";
import type { BenchQuery } from "./query-mix.js";
import type { Sentence } from "./sentences.js";

export interface BaselineResult {
  sentences: number;
  buildMs: number;
  perQueryMs: number[];
  /** Queries whose best hit is a sentence of the article they came from. */
  correct: number;
}

/**
 * The obvious approach: fuzzy-search every sentence with fuse.js (Bitap), best hit wins. Settings allow a match
 * anywhere in a sentence (ignoreLocation), as a quotation can sit anywhere in one.
 */
export function fuseBaseline(sentences: readonly Sentence[], queries: readonly BenchQuery[]): BaselineResult {
  const started = performance.now();
  const fuse = new Fuse(
    sentences.map((s) => s.text),
    { includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 3 },
  );
  const buildMs = performance.now() - started;
  const perQueryMs: number[] = [];
  let correct = 0;
  for (const q of queries) {
    const t = performance.now();
    const hits = fuse.search(q.quote, { limit: 1 });
    perQueryMs.push(performance.now() - t);
    const top = hits[0];
    if (top && sentences[top.refIndex]!.document === q.document) correct++;
  }
  return { sentences: sentences.length, buildMs, perQueryMs, correct };
}
