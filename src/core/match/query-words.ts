import { type MatchIndex, termFrequency } from "./index-structure.js";
import { lightStem, stemmedSimilarity } from "./token-similarity.js";
import { type Tokens, tokenise } from "./tokenise.js";
import { fuzzyTerms } from "./vocabulary-trigrams.js";

/**
 * The words of the user's text, resolved against the index once: each word's term id (-1 when the corpus never
 * uses it), the terms it can be found under (itself, or the corpus words a typo of it could stand for), its
 * weight, and a cache of fuzzy similarities to corpus terms shared by every alignment of this query.
 */
export interface QueryWords {
  text: string;
  tokens: Tokens;
  ids: Int32Array;
  stems: string[];
  /** Terms to look the word up under: its own id if the corpus has it, else close spellings. */
  lookup: number[][];
  weights: Float64Array;
  /** Per corpus term: similarity to each query word, or null when it resembles none (the usual case). */
  fuzzyRows: Map<number, Float32Array | null>;
}

export function readQueryWords(index: MatchIndex, text: string): QueryWords {
  const tokens = tokenise(text);
  const ids = new Int32Array(tokens.count);
  const lookup: number[][] = [];
  const weights = new Float64Array(tokens.count);
  const frequency = (term: number) => termFrequency(index, term);
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.match[i]!;
    const id = index.termIds.get(key);
    if (id !== undefined) {
      ids[i] = id;
      lookup.push([id]);
      weights[i] = index.weights[id]!;
      continue;
    }
    ids[i] = -1;
    const close = fuzzyTerms(index.trigrams, index.vocab, frequency, key).map((f) => f.term);
    lookup.push(close);
    // A misspelt word weighs what the word it stands for weighs; a word the corpus lacks entirely weighs most.
    weights[i] = close.length > 0 ? index.weights[close[0]!]! : index.unseenWeight;
  }
  return { text, tokens, ids, stems: tokens.match.map(lightStem), lookup, weights, fuzzyRows: new Map() };
}

/** Similarity of query word `i` to corpus term `term`, 0..1. */
export function wordSimilarity(index: MatchIndex, words: QueryWords, i: number, term: number): number {
  if (words.ids[i] === term) return 1;
  let row = words.fuzzyRows.get(term);
  if (row === undefined) {
    row = null;
    const corpusWord = index.vocab[term]!;
    const corpusStem = index.stems[term]!;
    for (let k = 0; k < words.tokens.count; k++) {
      if (words.ids[k] === term) continue;
      const s = stemmedSimilarity(words.tokens.match[k]!, words.stems[k]!, corpusWord, corpusStem);
      if (s > 0) {
        row ??= new Float32Array(words.tokens.count);
        row[k] = s;
      }
    }
    words.fuzzyRows.set(term, row);
  }
  return row ? row[i]! : 0;
}

/** Total weight of query words from..to. */
export function queryWeight(words: QueryWords, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += words.weights[i]!;
  return total;
}
