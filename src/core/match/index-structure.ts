import { articleAt, type CorpusImage, docCount, quotesOfDoc } from "../image/corpus-image.js";
import { stringAt, stringCount } from "../image/shared-columns.js";
import type { Article, Quote } from "../types.js";
import { lightStem } from "./token-similarity.js";
import { buildTrigramIndex, type TrigramIndex } from "./vocabulary-trigrams.js";

/**
 * The searchable form of a corpus. Every word of every article gets a global position (articles laid end to end);
 * `tokens` holds each position's term id, and the inverted index (`postingStarts`/`postings`, CSR form) lists the
 * positions of each term in ascending order. The typed arrays are the corpus image's, in shared memory; the
 * vocabulary's lookup structures are built per thread. Articles are decoded from the image only when a query
 * reaches them.
 */
export interface MatchIndex {
  readonly docCount: number;
  /** Article `doc` with its text. */
  article(doc: number): Article;
  /** Article `doc`'s quotations sorted by start offset. */
  quotesIn(doc: number): readonly Quote[];
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
   * Character offset (in its article) of every ANCHOR_EVERY-th word of each article, from `docAnchors[doc]`:
   * re-reading an article from the nearest anchor recovers any word's offsets at a fraction of a byte per word,
   * instead of storing every offset.
   */
  readonly docAnchors: Uint32Array;
  readonly anchors: Uint32Array;
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
  /** Per term: how much a match on it says (rare words say more). */
  readonly weights: Float32Array;
  /** The weight of a word the corpus never uses. */
  readonly unseenWeight: number;
  readonly trigrams: TrigramIndex;
}

export const ANCHOR_EVERY = 16;

/** Articles decoded per index and kept: a query's occurrences cluster in a few articles. */
const DECODED_ARTICLES = 64;

function decodedArticles(image: CorpusImage) {
  const cache = new Map<number, { article: Article; quotes: Quote[] }>();
  return (doc: number) => {
    let entry = cache.get(doc);
    if (entry) {
      cache.delete(doc);
    } else {
      const article = articleAt(image, doc);
      const quotes = quotesOfDoc(image, doc, article).sort((a, b) => a.start - b.start);
      entry = { article, quotes };
      if (cache.size >= DECODED_ARTICLES) cache.delete(cache.keys().next().value!);
    }
    cache.set(doc, entry);
    return entry;
  };
}

/** The match index over an image's columns (shared, not copied), with this thread's vocabulary lookups. */
export function indexOfImage(image: CorpusImage): MatchIndex {
  const vocab = Array.from({ length: stringCount(image.vocab) }, (_, t) => stringAt(image.vocab, t));
  const termIds = new Map<string, number>();
  vocab.forEach((term, id) => {
    termIds.set(term, id);
  });
  const decoded = decodedArticles(image);
  return {
    docCount: docCount(image),
    article: (doc) => decoded(doc).article,
    quotesIn: (doc) => decoded(doc).quotes,
    vocab,
    termIds,
    stems: vocab.map(lightStem),
    tokens: image.tokens,
    docStarts: image.docStarts,
    docAnchors: image.docAnchors,
    anchors: image.anchors,
    postingStarts: image.postingStarts,
    postings: image.postings,
    weights: image.weights,
    unseenWeight: Math.log(1 + image.tokens.length),
    trigrams: buildTrigramIndex(vocab),
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
