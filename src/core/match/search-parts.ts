import { type Alignment, alignWindow } from "./align-words.js";
import { findCandidates } from "./find-candidates.js";
import type { MatchIndex } from "./index-structure.js";
import { type QueryWords, queryWeight } from "./query-words.js";
import type { WorkBudget } from "./work-budget.js";

export interface ScoredAlignment extends Alignment {
  /** 0..1 weighted word similarity between the query part and the corpus span. */
  similarity: number;
}

/** A stretch of the user's words (query word range from..to) and the corpus passages that support it. */
export interface QueryPart {
  from: number;
  to: number;
  supported: boolean;
  /** Passages at or above LISTED similarity, best first. */
  alignments: ScoredAlignment[];
}

/** A passage this similar to the user's words counts as saying them (with small wording differences at most). */
export const SUPPORTED = 0.7;
/**
 * A passage this similar is listed among the occurrences, if it matches enough of the user's words: all of a
 * quotation of up to four words (two words of "all is well" are not that quotation), 60% of a longer one.
 */
export const LISTED = 0.6;
const LISTED_COVERAGE = 0.6;
const SHORT_QUOTE = 4;
/** Unmatched words at either end up to this many are small differences; more are a part of their own. */
const ABSORBED_WORDS = 2;
/**
 * This many of the user's words in a row that match nothing in the passage are not a misremembered word or two:
 * the passage does not contain them (a splice, or words made up), so they are a part of their own.
 */
export const UNSUPPORTED_RUN = ABSORBED_WORDS + 1;
const MAX_DEPTH = 3;

/**
 * Weighted similarity between the query range and the corpus span its words align with: recall (share of the
 * query's weight matched, typos and other forms counting by their similarity) times the square root of precision
 * (share of the span's weight matched). Words the user added weigh fully against a match; words the user left out
 * weigh less, because a misremembered quotation is far more often shortened than padded.
 */
export function alignmentSimilarity(
  index: MatchIndex,
  words: QueryWords,
  alignment: Alignment,
  from: number,
  to: number,
): number {
  let matchedQuery = 0;
  let matchedCorpus = 0;
  let first = -1;
  let last = -1;
  for (const pair of alignment.pairs) {
    if (pair.q < from || pair.q >= to) continue;
    matchedQuery += pair.s * words.weights[pair.q]!;
    matchedCorpus += pair.s * index.weights[index.tokens[pair.t]!]!;
    if (first < 0) first = pair.t;
    last = pair.t;
  }
  if (first < 0) return 0;
  let corpusWeight = 0;
  for (let p = first; p <= last; p++) corpusWeight += index.weights[index.tokens[p]!]!;
  const recall = matchedQuery / queryWeight(words, from, to);
  const precision = matchedCorpus / corpusWeight;
  return Math.min(1, recall * Math.sqrt(precision));
}

function overlaps(a: Alignment, b: Alignment): boolean {
  return a.doc === b.doc && a.tStart < b.tEnd && b.tStart < a.tEnd;
}

/** Best alignment per candidate window, with overlapping ones (one passage reached from two windows) merged. */
function alignRange(
  index: MatchIndex,
  words: QueryWords,
  from: number,
  to: number,
  budget: WorkBudget,
): Alignment[] {
  const found: Alignment[] = [];
  for (const window of findCandidates(index, words, from, to, budget)) {
    // Best windows come first: past the budget, the rest are not aligned.
    if (!budget.spend((to - from) * (window.end - window.start))) break;
    const alignment = alignWindow(index, words, from, to, window);
    if (alignment) found.push(alignment);
  }
  found.sort((a, b) => b.score - a.score);
  const kept: Alignment[] = [];
  for (const alignment of found) if (!kept.some((k) => overlaps(k, alignment))) kept.push(alignment);
  return kept;
}

function coversEnough(alignment: Alignment, from: number, to: number): boolean {
  let covered = 0;
  for (const pair of alignment.pairs) if (pair.q >= from && pair.q < to) covered++;
  const length = to - from;
  return covered >= (length <= SHORT_QUOTE ? length : Math.ceil(LISTED_COVERAGE * length));
}

function rescore(
  index: MatchIndex,
  words: QueryWords,
  alignments: Alignment[],
  from: number,
  to: number,
): ScoredAlignment[] {
  return alignments
    .filter((a) => coversEnough(a, from, to))
    .map((a) => ({ ...a, similarity: alignmentSimilarity(index, words, a, from, to) }))
    .filter((a) => a.similarity >= LISTED)
    .sort((a, b) => b.similarity - a.similarity);
}

/**
 * A split-off part must weigh this many times a word the corpus has never seen: three common words ("his tax
 * returns", "gotten away with") are found in any large corpus and prove nothing.
 */
const INFORMATIVE_WEIGHT = 1.5;

/** Enough information that finding it is evidence: at least three words, together weighing enough. */
export function informative(index: MatchIndex, words: QueryWords, from: number, to: number): boolean {
  return to - from >= 3 && queryWeight(words, from, to) >= INFORMATIVE_WEIGHT * index.unseenWeight;
}

/**
 * The stretches of query words from..to that one alignment supports: runs of matched words, split wherever
 * UNSUPPORTED_RUN or more of the user's words in a row match nothing. Up to ABSORBED_WORDS unmatched words at either
 * end of the range count as small differences.
 */
export function supportedStretches(
  alignment: Alignment,
  from: number,
  to: number,
): { from: number; to: number }[] {
  const matched = new Uint8Array(to - from);
  for (const pair of alignment.pairs) if (pair.q >= from && pair.q < to) matched[pair.q - from] = 1;
  const stretches: { from: number; to: number }[] = [];
  let i = 0;
  while (i < matched.length) {
    if (!matched[i]) {
      i++;
      continue;
    }
    let j = i;
    // A stretch runs on across gaps shorter than a run.
    for (let k = i; k < matched.length; k++) {
      if (matched[k]) j = k + 1;
      else if (k - j + 1 >= UNSUPPORTED_RUN) break;
    }
    stretches.push({ from: from + i, to: from + j });
    i = j;
  }
  const first = stretches[0];
  const last = stretches.at(-1);
  if (first && first.from - from <= ABSORBED_WORDS) first.from = from;
  if (last && to - last.to <= ABSORBED_WORDS) last.to = to;
  return stretches;
}

/**
 * Splits the user's words into parts the corpus supports and parts it does not. The best passage for the whole
 * range fixes a core; stretches of the user's words it does not contain (a run of several words, left, right or
 * inside) are searched on their own, since they may come from another quotation (a splice) or from nowhere
 * (words added).
 */
export function searchParts(
  index: MatchIndex,
  words: QueryWords,
  from: number,
  to: number,
  budget: WorkBudget,
  depth = 0,
): QueryPart[] {
  const unsupported: QueryPart = { from, to, supported: false, alignments: [] };
  if (to <= from) return [];
  const found = alignRange(index, words, from, to, budget);
  const whole = rescore(index, words, found, from, to);
  const stretchesOf = (a: Alignment) => supportedStretches(a, from, to);
  const entire = (a: Alignment) => {
    const stretches = stretchesOf(a);
    return stretches.length === 1 && stretches[0]!.from === from && stretches[0]!.to === to;
  };
  // Passages that contain all of the user's words, give or take a word or two.
  const containing = whole.filter(entire);
  // A split-off piece must carry information of its own: a stock phrase found somewhere proves nothing.
  if ((containing[0]?.similarity ?? 0) >= SUPPORTED && (depth === 0 || informative(index, words, from, to))) {
    return [{ from, to, supported: true, alignments: containing }];
  }
  // The core is a passage that supports the words it spans, and enough of them to be evidence: a long alignment
  // stitched together from scattered common words ("is the … of … our") spans more but supports nothing, and a
  // stock phrase proves nothing (nor is it worth searching around).
  const core = found
    .map((a) => ({ a, similarity: alignmentSimilarity(index, words, a, a.qStart, a.qEnd) }))
    .filter((x) => x.similarity >= SUPPORTED && informative(index, words, x.a.qStart, x.a.qEnd))
    .sort((x, y) => y.similarity * (y.a.qEnd - y.a.qStart) - x.similarity * (x.a.qEnd - x.a.qStart))[0]?.a;
  if (!core) return [{ ...unsupported, alignments: whole }];
  const stretches = stretchesOf(core);
  if (stretches.length === 0 || entire(core)) return [{ ...unsupported, alignments: whole }];
  const side = (a: number, b: number): QueryPart[] =>
    depth + 1 >= MAX_DEPTH || budget.exhausted
      ? [{ from: a, to: b, supported: false, alignments: [] }]
      : searchParts(index, words, a, b, budget, depth + 1);
  const parts: QueryPart[] = [];
  let cursor = from;
  for (const stretch of stretches) {
    if (stretch.from > cursor) parts.push(...side(cursor, stretch.from));
    const alignments = rescore(index, words, found, stretch.from, stretch.to);
    const supported =
      (alignments[0]?.similarity ?? 0) >= SUPPORTED && informative(index, words, stretch.from, stretch.to);
    parts.push({ from: stretch.from, to: stretch.to, supported, alignments });
    cursor = stretch.to;
  }
  if (cursor < to) parts.push(...side(cursor, to));
  if (!parts.some((p) => p.supported)) return [{ ...unsupported, alignments: whole }];
  return mergeUnsupported(parts);
}

/** Neighbouring unsupported parts read as one stretch of words the corpus does not have. */
function mergeUnsupported(parts: QueryPart[]): QueryPart[] {
  const merged: QueryPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && !previous.supported && !part.supported) {
      merged[merged.length - 1] = { ...previous, to: part.to, alignments: [] };
    } else merged.push(part);
  }
  return merged;
}
