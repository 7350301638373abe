import type { Article, Quote } from "../types.js";
import { lightStem } from "./token-similarity.js";
import { buildTrigramIndex, type TrigramIndex } from "./vocabulary-trigrams.js";

/**
 * The searchable form of a corpus. Every word of every article gets a global position (articles laid end to end);
 * `tokens` holds each position's term id, and the inverted index (`postingStarts`/`postings`, CSR form) lists the
 * positions of each term in ascending order. Typed arrays keep a 100x BBC-sized corpus within a few hundred MB.
 */
export interface MatchIndex {
  readonly articles: readonly Article[];
  readonly quotes: readonly Quote[];
  /** Term id -> normalised word (spelling variants folded). */
  readonly vocab: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Term id -> light stem, for matching other forms of a word. */
  readonly stems: readonly string[];
  /** Global position -> term id. */
  readonly tokens: Uint32Array;
  /** Article i spans global positions docStarts[i]..docStarts[i + 1]. */
  readonly docStarts: Uint32Array;
  /**
   * Character offset (in its article) of every ANCHOR_EVERY-th word: re-reading an article from the nearest
   * anchor recovers any word's offsets at a fraction of a byte per word, instead of storing every offset.
   */
  readonly anchors: Uint32Array;
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
  /** Per term: how much a match on it says (rare words say more). */
  readonly weights: Float32Array;
  /** The weight of a word the corpus never uses. */
  readonly unseenWeight: number;
  readonly trigrams: TrigramIndex;
  /** Per article, its quotations sorted by start offset. */
  readonly quotesByDoc: readonly (readonly Quote[])[];
}

export const ANCHOR_EVERY = 16;

export interface IndexCore {
  vocab: string[];
  tokens: Uint32Array;
  docStarts: Uint32Array;
  anchors: Uint32Array;
  postingStarts?: Uint32Array;
  postings?: Uint32Array;
}

/** Counting sort of positions by term: one pass to count, one to place, so positions come out ascending. */
export function buildPostings(
  tokens: Uint32Array,
  termCount: number,
): { starts: Uint32Array; postings: Uint32Array } {
  const starts = new Uint32Array(termCount + 1);
  for (let p = 0; p < tokens.length; p++) starts[tokens[p]! + 1]!++;
  for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
  const fill = starts.slice(0, termCount);
  const postings = new Uint32Array(tokens.length);
  for (let p = 0; p < tokens.length; p++) postings[fill[tokens[p]!]!++] = p;
  return { starts, postings };
}

/**
 * Inverse frequency in the spirit of IDF, over word occurrences rather than documents (the index counts those
 * already): "the" weighs about 3, a word used once about ln(corpus size).
 */
function termWeights(postingStarts: Uint32Array, total: number): Float32Array {
  const weights = new Float32Array(postingStarts.length - 1);
  for (let t = 0; t < weights.length; t++) {
    const frequency = postingStarts[t + 1]! - postingStarts[t]!;
    weights[t] = Math.log(1 + total / (1 + frequency));
  }
  return weights;
}

function groupQuotes(articles: readonly Article[], quotes: readonly Quote[]): Quote[][] {
  const byId = new Map<string, number>();
  articles.forEach((article, i) => {
    byId.set(article.id, i);
  });
  const groups: Quote[][] = articles.map(() => []);
  for (const quote of quotes) {
    const doc = byId.get(quote.document);
    if (doc !== undefined) groups[doc]!.push(quote);
  }
  for (const group of groups) group.sort((a, b) => a.start - b.start);
  return groups;
}

export function assembleIndex(
  articles: readonly Article[],
  quotes: readonly Quote[],
  core: IndexCore,
): MatchIndex {
  const { vocab, tokens, docStarts, anchors } = core;
  const built = core.postingStarts && core.postings ? null : buildPostings(tokens, vocab.length);
  const postingStarts = core.postingStarts ?? built!.starts;
  const postings = core.postings ?? built!.postings;
  const termIds = new Map<string, number>();
  vocab.forEach((term, id) => {
    termIds.set(term, id);
  });
  return {
    articles,
    quotes,
    vocab,
    termIds,
    stems: vocab.map(lightStem),
    tokens,
    docStarts,
    anchors,
    postingStarts,
    postings,
    weights: termWeights(postingStarts, tokens.length),
    unseenWeight: Math.log(1 + tokens.length),
    trigrams: buildTrigramIndex(vocab),
    quotesByDoc: groupQuotes(articles, quotes),
  };
}

export function termFrequency(index: MatchIndex, term: number): number {
  return index.postingStarts[term + 1]! - index.postingStarts[term]!;
}

/** The article holding global position `p` (binary search over article starts). */
export function docOf(index: MatchIndex, p: number): number {
  const starts = index.docStarts;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
