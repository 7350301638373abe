import type { Speaker, VerifyQuery, VerifyResult } from "../types.js";
import { decide, type PartOutcome } from "./decide-verdict.js";
import type { MatchIndex } from "./index-structure.js";
import { byDate, type Located, locate } from "./locate-occurrences.js";
import { queryWeight, readQueryWords } from "./query-words.js";
import { searchParts } from "./search-parts.js";
import type { Claim } from "./speaker-claim.js";
import { displayWords } from "./tokenise.js";
import { validateQuery } from "./validate-query.js";
import { groupVariants } from "./wording-variants.js";
import { TRUNCATED_NOTE, WorkBudget } from "./work-budget.js";

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
  return ranges;
}

export function verifyQuote(index: MatchIndex, query: VerifyQuery, options: VerifyOptions): VerifyResult {
  const { quote, speaker: claimedName } = validateQuery(query);
  const words = readQueryWords(index, quote);
  const budget = options.budget instanceof WorkBudget ? options.budget : new WorkBudget(options.budget);
  const outcomes: PartOutcome[] = [];
  const located: Located[] = [];
  let closest: Located | null = null;
  pieceRanges(quote, words.tokens.starts).forEach((piece, pieceIndex) => {
    for (const part of searchParts(index, words, piece.from, piece.to, budget)) {
      const text = quote.slice(words.tokens.starts[part.from]!, words.tokens.ends[part.to - 1]!);
      const partRef = { index: outcomes.length, from: part.from, to: part.to };
      const found = part.alignments.map((a) => locate(index, words, partRef, a));
      if (part.supported) located.push(...found);
      const nearest = found[0];
      if (nearest && (!closest || nearest.occurrence.similarity > closest.occurrence.similarity))
        closest = nearest;
      outcomes.push({
        text,
        display: displayWords(quote, words.tokens, part.from, part.to),
        piece: pieceIndex,
        supported: part.supported,
        weight: queryWeight(words, part.from, part.to),
        located: found,
      });
    }
  });
  const claim: Claim | null = claimedName
    ? { name: claimedName, resolved: options.resolveSpeaker(claimedName) }
    : null;
  const decision = decide(outcomes, claim, closest);
  const shown = decision.verdict === "not_found" ? [] : located.sort(byDate);
  return {
    quote,
    verdict: decision.verdict,
    confidence: decision.confidence,
    explanation: budget.exhausted ? `${decision.explanation} ${TRUNCATED_NOTE}` : decision.explanation,
    claimedSpeaker: claim ? (claim.resolved?.name ?? claim.name) : null,
    speaker: decision.speaker,
    matches: shown.map((l) => l.occurrence),
    variants: groupVariants(
      shown,
      outcomes.map((o) => o.display),
    ),
    ...(decision.parts ? { parts: decision.parts } : {}),
    ...(budget.exhausted ? { truncated: true } : {}),
  };
}
