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

/** Enough information that finding it is evidence: at least three words weighing more than one unseen word. */
function informative(index: MatchIndex, words: QueryWords, from: number, to: number): boolean {
  return to - from >= 3 && queryWeight(words, from, to) >= 1.2 * index.unseenWeight;
}

/**
 * Splits the user's words into parts the corpus supports and parts it does not. The best passage for the whole
 * range fixes a core; unmatched words left and right of it (beyond a word or two) are searched on their own, since
 * they may come from another quotation (a splice) or from nowhere (words added).
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
  const best = whole[0];
  // A split-off piece must carry information of its own: a stock phrase found somewhere proves nothing.
  if (best && best.similarity >= SUPPORTED && (depth === 0 || informative(index, words, from, to))) {
    return [{ from, to, supported: true, alignments: whole }];
  }
  const core = found
    .map((a) => ({ a, s: alignmentSimilarity(index, words, a, a.qStart, a.qEnd) * (a.qEnd - a.qStart) }))
    .sort((x, y) => y.s - x.s)[0]?.a;
  if (!core) return [unsupported];
  const coreFrom = core.qStart - from <= ABSORBED_WORDS ? from : core.qStart;
  const coreTo = to - core.qEnd <= ABSORBED_WORDS ? to : core.qEnd;
  if (coreFrom === from && coreTo === to) return [{ ...unsupported, alignments: whole }];
  const coreAlignments = rescore(index, words, found, coreFrom, coreTo);
  const coreBest = coreAlignments[0];
  if (!coreBest || coreBest.similarity < SUPPORTED || !informative(index, words, coreFrom, coreTo)) {
    return [{ ...unsupported, alignments: whole }];
  }
  const side = (a: number, b: number): QueryPart[] =>
    depth + 1 >= MAX_DEPTH || budget.exhausted
      ? [{ from: a, to: b, supported: false, alignments: [] }]
      : searchParts(index, words, a, b, budget, depth + 1);
  return [
    ...side(from, coreFrom),
    { from: coreFrom, to: coreTo, supported: true, alignments: coreAlignments },
    ...side(coreTo, to),
  ];
}
