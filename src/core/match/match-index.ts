import { imageFromArticles } from "../image/build-image.js";
import type { Article, Quote } from "../types.js";
import { indexOfImage, type MatchIndex } from "./index-structure.js";

export type { MatchIndex } from "./index-structure.js";
export { indexOfImage };

/**
 * Tokenises every article once and records each word's term id by global position; the inverted index, term
 * weights and vocabulary trigrams are derived from that. Linear in the size of the corpus.
 */
export function buildMatchIndex(articles: readonly Article[], quotes: readonly Quote[]): MatchIndex {
  return indexOfImage(imageFromArticles(articles, { quotes }));
}
