import type { Verdict } from "../types.js";
import {
  explainMisattributed,
  explainNotFound,
  explainPartial,
  explainUnquoted,
  explainVariant,
  explainVerified,
  listSources,
} from "./explain.js";
import type { Located } from "./locate-occurrences.js";
import { SUPPORTED } from "./search-parts.js";
import { type Claim, claimMatches } from "./speaker-claim.js";
import { wordDiff } from "./wording-variants.js";

/** One part of the user's text after searching, with its occurrences (similarity at or above LISTED). */
export interface PartOutcome {
  text: string;
  /** The user's words as a plain line, for diffs. */
  display: string;
  /** Which "…"-separated piece of the query it belongs to. */
  piece: number;
  supported: boolean;
  weight: number;
  located: Located[];
}

export interface Decision {
  verdict: Verdict;
  confidence: number;
  explanation: string;
  speaker: string | null;
  parts?: { text: string; supported: boolean }[];
}

/** Supported parts must cover at least this share of the query's weight for "partial"; less is not found. */
const PARTIAL_COVERAGE = 0.5;

interface Support {
  part: PartOutcome;
  /** The occurrences that count as evidence: quoted ones when there are any, else all supporting ones. */
  basis: Located[];
  quoted: boolean;
  best: Located;
}

function rankFor(claim: Claim | null) {
  const matchesClaim = (l: Located) =>
    claim !== null &&
    l.occurrence.speaker !== null &&
    claimMatches(claim, l.occurrence.speaker, l.occurrence.speakerMention);
  return (a: Located, b: Located) =>
    Number(matchesClaim(b)) - Number(matchesClaim(a)) ||
    Number(b.exact) - Number(a.exact) ||
    b.occurrence.similarity - a.occurrence.similarity ||
    Number(b.occurrence.speaker !== null) - Number(a.occurrence.speaker !== null) ||
    (b.quoteConfidence ?? 0) - (a.quoteConfidence ?? 0);
}

function supportOf(part: PartOutcome, claim: Claim | null): Support | null {
  const supporting = part.located.filter((l) => l.occurrence.similarity >= SUPPORTED);
  if (!part.supported || supporting.length === 0) return null;
  const quoted = supporting.filter((l) => l.occurrence.quoted);
  const basis = [...(quoted.length > 0 ? quoted : supporting)].sort(rankFor(claim));
  return { part, basis, quoted: quoted.length > 0, best: basis[0]! };
}

/** "…"-separated pieces are one quotation with words left out when each is supported and one article has them all. */
function oneQuotation(parts: readonly PartOutcome[], supports: readonly Support[]): boolean {
  if (supports.length !== parts.length || new Set(parts.map((p) => p.piece)).size !== parts.length)
    return false;
  const [first, ...rest] = supports.map((s) => new Set(s.basis.map((l) => l.occurrence.document)));
  return [...first!].some((doc) => rest.every((set) => set.has(doc)));
}

function partialDecision(
  parts: readonly PartOutcome[],
  supports: readonly Support[],
  coverage: number,
): Decision {
  const described = parts.map((part) => {
    const support = supports.find((s) => s.part === part);
    return {
      text: part.text,
      supported: support !== undefined,
      speaker: support?.best.occurrence.speaker ?? null,
      sources: support ? listSources(support.basis) : "",
    };
  });
  const main = [...supports].sort((a, b) => b.part.weight - a.part.weight)[0]!;
  const similarity = supports.reduce((sum, s) => sum + s.best.occurrence.similarity, 0) / supports.length;
  return {
    verdict: "partial",
    confidence: round(0.9 * coverage * similarity),
    explanation: explainPartial(described),
    speaker: main.best.occurrence.speaker,
    parts: described.map(({ text, supported }) => ({ text, supported })),
  };
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** Confidence in the quotation's attribution, 0.5 for narration or when extraction gave none. */
const attributionConfidence = (l: Located) => l.quoteConfidence ?? 0.5;

function wholeDecision(
  supports: readonly Support[],
  claim: Claim | null,
  parts?: Decision["parts"],
): Decision {
  const main = [...supports].sort((a, b) => b.part.weight - a.part.weight)[0]!;
  const basis = supports.flatMap((s) => s.basis);
  const { best } = main;
  const similarity = Math.min(...supports.map((s) => s.best.occurrence.similarity));
  const exact = supports.every((s) => s.best.exact);
  const base = { speaker: best.occurrence.speaker, ...(parts ? { parts } : {}) };
  if (supports.some((s) => !s.quoted)) {
    return {
      ...base,
      verdict: "unquoted",
      confidence: round(0.9 * similarity),
      explanation: explainUnquoted(basis),
      speaker: null,
    };
  }
  const speakers = [
    ...new Set(basis.map((l) => l.occurrence.speaker).filter((s): s is string => s !== null)),
  ];
  const claimHolds = basis.some(
    (l) =>
      l.occurrence.speaker !== null &&
      claim !== null &&
      claimMatches(claim, l.occurrence.speaker, l.occurrence.speakerMention),
  );
  if (claim && speakers.length > 0 && !claimHolds) {
    return {
      ...base,
      verdict: "misattributed",
      confidence: round(similarity * (0.6 + 0.35 * attributionConfidence(best))),
      explanation: explainMisattributed(claim.resolved?.name ?? claim.name, speakers, basis),
    };
  }
  const trust = 0.75 + 0.25 * attributionConfidence(best);
  if (exact) {
    return {
      ...base,
      verdict: "verified",
      confidence: round(trust),
      explanation: explainVerified(best.occurrence.speaker, basis),
    };
  }
  const diff = wordDiff(main.part.display, best.display);
  return {
    ...base,
    verdict: "variant",
    confidence: round(similarity * trust),
    explanation: explainVariant(best.occurrence.speaker, basis, diff),
  };
}

/**
 * The verdict follows from what supports the words (all of them, some, none), then from where they sit (inside a
 * quotation or in narration) and who said them compared with who the user says did.
 */
export function decide(
  parts: readonly PartOutcome[],
  claim: Claim | null,
  closest: Located | null,
): Decision {
  const supports = parts.map((p) => supportOf(p, claim)).filter((s): s is Support => s !== null);
  const listed =
    parts.length > 1
      ? parts.map((p) => ({ text: p.text, supported: supports.some((s) => s.part === p) }))
      : undefined;
  const total = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  // How close the corpus came to the whole text: supported parts count fully, others by their nearest passage.
  const nearness = parts.reduce((sum, p) => {
    const near = supports.some((s) => s.part === p) ? 1 : (p.located[0]?.occurrence.similarity ?? 0);
    return sum + (near * p.weight) / total;
  }, 0);
  const notFound: Decision = {
    verdict: "not_found",
    confidence: round(1 - 0.5 * nearness),
    explanation: explainNotFound(closest),
    speaker: null,
  };
  if (supports.length === 0) return notFound;
  if (parts.length === 1 || oneQuotation(parts, supports)) return wholeDecision(supports, claim, listed);
  const coverage = supports.reduce((sum, s) => sum + s.part.weight, 0) / total;
  return coverage >= PARTIAL_COVERAGE ? partialDecision(parts, supports, coverage) : notFound;
}
