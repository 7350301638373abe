import type { Article, Quote } from "../types.js";
import { ANCHOR_EVERY, assembleIndex, type MatchIndex } from "./index-structure.js";
import { tokenise } from "./tokenise.js";

export { deserialiseMatchIndex, serialiseMatchIndex } from "./index-cache.js";
export type { MatchIndex } from "./index-structure.js";

/** Average characters per word in English news text, for sizing the position array before filling it. */
const CHARS_PER_WORD = 5.5;

/**
 * Tokenises every article once and records each word's term id by global position; the inverted index, term
 * weights and vocabulary trigrams are derived from that. Linear in the size of the corpus.
 */
export function buildMatchIndex(articles: readonly Article[], quotes: readonly Quote[]): MatchIndex {
  const termIds = new Map<string, number>();
  const vocab: string[] = [];
  let totalChars = 0;
  for (const article of articles) totalChars += article.body.length;
  let tokens = new Uint32Array(Math.ceil(totalChars / CHARS_PER_WORD) + 16);
  const docStarts = new Uint32Array(articles.length + 1);
  const anchors: number[] = [];
  let position = 0;
  for (let d = 0; d < articles.length; d++) {
    docStarts[d] = position;
    const words = tokenise(articles[d]!.body);
    if (position + words.count > tokens.length) {
      const grown = new Uint32Array(Math.max(tokens.length * 1.5, position + words.count) | 0);
      grown.set(tokens);
      tokens = grown;
    }
    for (let j = 0; j < words.count; j++) {
      const key = words.match[j]!;
      if (position % ANCHOR_EVERY === 0) anchors.push(words.starts[j]!);
      let id = termIds.get(key);
      if (id === undefined) {
        id = vocab.length;
        vocab.push(key);
        termIds.set(key, id);
      }
      tokens[position++] = id;
    }
  }
  docStarts[articles.length] = position;
  return assembleIndex(articles, quotes, {
    vocab,
    tokens: tokens.slice(0, position),
    docStarts,
    anchors: Uint32Array.from(anchors),
  });
}
