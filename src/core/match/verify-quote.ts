import { fail } from "../errors.js";
import type { Speaker, VerifyQuery, VerifyResult } from "../types.js";
import { confidenceFor, strengthOf } from "./confidence.js";
import { decide, type PartOutcome } from "./decide-verdict.js";
import type { MatchIndex } from "./index-structure.js";
import { byDate, type Located, locate } from "./locate-occurrences.js";
import { queryWeight, readQueryWords } from "./query-words.js";
import { informative, searchParts } from "./search-parts.js";
import type { Claim } from "./speaker-claim.js";
import { displayWords } from "./tokenise.js";
import { validateQuery } from "./validate-query.js";
import { groupVariants } from "./wording-variants.js";
import { TRUNCATED_NOTE, WorkBudget } from "./work-budget.js";

/** The most a verdict from a search cut short by its work budget can claim. */
const TRUNCATED_CONFIDENCE = 0.5;

/** What verification needs besides the index; an object so that options can be added without breaking callers. */
export interface VerifyOptions {
  /** The canonical speaker a (possibly partial or misspelt) name refers to, or null. */
  resolveSpeaker: (name: string) => Speaker | null;
  /**
   * Work units after which the best answer so far is given, marked `truncated` (see work-budget.ts); a WorkBudget
   * to read back what the query spent.
   */
  budget?: number | WorkBudget;
}

/** "…", "...", ". . ." and "[…]" mark words left out: the text on either side is checked as its own piece. */
const ELLIPSIS = /\[\s*(?:…|\.{3,})\s*\]|…|\.{3,}|(?:\.\s){2,}\./g;

const MIN_PIECE = 3;

/** Word ranges of the "…"-separated pieces. */
function pieceRanges(text: string, starts: readonly number[]): { from: number; to: number }[] {
  const cuts = [...text.matchAll(ELLIPSIS)].map((m) => m.index);
  const ranges: { from: number; to: number }[] = [];
  let from = 0;
  for (const cut of [...cuts, Number.POSITIVE_INFINITY]) {
    let to = from;
    while (to < starts.length && starts[to]! < cut) to++;
    if (to > from) ranges.push({ from, to });
    from = to;
  }
  // A word or two on one side of an ellipsis ("not... in the best interests") is no quotation of its own: it
  // stays with its neighbour.
  for (let i = 0; i < ranges.length && ranges.length > 1; ) {
    const range = ranges[i]!;
    if (range.to - range.from >= MIN_PIECE) {
      i++;
      continue;
    }
    const next = ranges[i + 1];
    if (next) next.from = range.from;
    else ranges[i - 1]!.to = range.to;
    ranges.splice(i, 1);
  }
  return ranges;
}

/**
 * Checks a quotation (and a claimed speaker) against the index. Throws VerbatimError (QUOTE_*) for a query that
 * cannot be checked.
 */
export function verifyQuote(index: MatchIndex, query: VerifyQuery, options: VerifyOptions): VerifyResult {
  return verifyQuoteWithStrength(index, query, options).result;
}

/** The answer together with the raw strength its confidence was calibrated from (for the evaluation). */
export function verifyQuoteWithStrength(
  index: MatchIndex,
  query: VerifyQuery,
  options: VerifyOptions,
): { result: VerifyResult; strength: number } {
  const { quote, speaker: claimedName } = validateQuery(query);
  if (index.docCount === 0) fail("CORPUS_EMPTY", "", 0);
  const words = readQueryWords(index, quote);
  const budget = options.budget instanceof WorkBudget ? options.budget : new WorkBudget(options.budget);
  const outcomes: PartOutcome[] = [];
  const located: Located[] = [];
  let closest: Located | null = null;
  pieceRanges(quote, words.tokens.starts).forEach((piece, pieceIndex) => {
    for (const part of searchParts(index, words, piece.from, piece.to, budget)) {
      const text = quote.slice(words.tokens.starts[part.from]!, words.tokens.ends[part.to - 1]!);
      const partRef = { index: outcomes.length, from: part.from, to: part.to };
      // An unsupported part needs only its nearest passage (for "the closest passage …").
      const nearestOnly = part.supported ? part.alignments : part.alignments.slice(0, 1);
      const found = nearestOnly.map((a) => locate(index, words, partRef, a));
      if (part.supported) located.push(...found);
      const nearest = found[0];
      if (nearest && (!closest || nearest.occurrence.similarity > closest.occurrence.similarity))
        closest = nearest;
      outcomes.push({
        text,
        display: displayWords(quote, words.tokens, part.from, part.to),
        piece: pieceIndex,
        supported: part.supported,
        informative: informative(index, words, part.from, part.to),
        weight: queryWeight(words, part.from, part.to),
        located: found,
      });
    }
  });
  const claim: Claim | null = claimedName
    ? { name: claimedName, resolved: options.resolveSpeaker(claimedName) }
    : null;
  const decision = decide(outcomes, claim, closest, options.resolveSpeaker);
  const shown = decision.verdict === "not_found" ? [] : located.sort(byDate);
  const confidence = confidenceFor(decision.evidence);
  const result: VerifyResult = {
    quote,
    verdict: decision.verdict,
    // A search cut short may have missed the passage: "not found" then is a guess, and says so.
    confidence: budget.exhausted ? Math.min(confidence, TRUNCATED_CONFIDENCE) : confidence,
    explanation: budget.exhausted ? `${decision.explanation} ${TRUNCATED_NOTE}` : decision.explanation,
    claimedSpeaker: claim ? (claim.resolved?.name ?? claim.name) : null,
    speaker: decision.speaker,
    matches: shown.map((l) => l.occurrence),
    variants: groupVariants(
      shown,
      outcomes.map((o) => o.display),
    ),
    changes: decision.changes,
    attributions: decision.attributions,
    ...(decision.parts ? { parts: decision.parts } : {}),
    ...(budget.exhausted ? { truncated: true } : {}),
  };
  return { result, strength: strengthOf(decision.evidence) };
}
