import { loadCorpus } from "../src/core/corpus/load-corpus.js";
import { attributeCorpus } from "../src/core/speakers/attribute-corpus.js";
import type { Article, Quote } from "../src/core/types.js";

export interface LoadedBench {
  articles: Article[];
  quotes: Quote[];
  loadMs: number;
  extractMs: number;
}

/** The product's own load and extraction path, timed step by step. */
export async function loadAndExtract(dir: string): Promise<LoadedBench> {
  let started = performance.now();
  const { articles } = await loadCorpus(dir);
  const loadMs = performance.now() - started;
  started = performance.now();
  const { quotes } = attributeCorpus(articles);
  return { articles, quotes, loadMs, extractMs: performance.now() - started };
}
