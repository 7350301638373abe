import type { AttributionCount, Change, QueryPartResult, Speaker, Verdict } from "../types.js";
import { isMeaningful } from "./classify-changes.js";
import type { ConfidenceInput } from "./confidence.js";
import {
  byClaimed,
  clearSpeaker,
  countAttributions,
  namesSomeone,
  type PartOutcome,
  type Support,
  supportOf,
  wordingGrade,
} from "./evidence.js";
import {
  explainConflict,
  explainMisattributed,
  explainMisquoted,
  explainNotFound,
  explainPartial,
  explainUnattributed,
  explainUnquoted,
  explainVariant,
  explainVerified,
  sourceList,
} from "./explain.js";
import type { Located } from "./locate-occurrences.js";
import type { Claim } from "./speaker-claim.js";

export type { PartOutcome } from "./evidence.js";

export interface Decision {
  verdict: Verdict;
  /** What the confidence is judged from. */
  evidence: ConfidenceInput;
  explanation: string;
  speaker: string | null;
  changes: Change[];
  attributions: AttributionCount[];
  parts?: QueryPartResult[];
}

/** Supported parts must cover at least this share of the query's weight for "partial"; less is not found. */
const PARTIAL_COVERAGE = 0.5;

/** "…"-separated pieces are one quotation with words left out when each is supported and one article has them all. */
function oneQuotation(parts: readonly PartOutcome[], supports: readonly Support[]): boolean {
  if (supports.length !== parts.length || new Set(parts.map((p) => p.piece)).size !== parts.length)
    return false;
  const [first, ...rest] = supports.map((s) => new Set(s.pool.map((l) => l.occurrence.document)));
  return [...first!].some((doc) => rest.every((set) => set.has(doc)));
}

function describeParts(parts: readonly PartOutcome[], supports: readonly Support[]): QueryPartResult[] {
  return parts.map((part) => {
    const support = supports.find((s) => s.part === part);
    return {
      text: part.text,
      supported: support !== undefined,
      quoted: support?.quoted ?? false,
      speaker: support?.quoted ? support.best.occurrence.speaker : null,
      sources: support ? sourceList(support.quoted ? support.basis : support.pool) : [],
    };
  });
}

/** Meaningful changes first; for "…" pieces, each piece's changes in order. */
const changesOf = (supports: readonly Support[]): Change[] => supports.flatMap((s) => s.best.changes);

const attributionConfidence = (l: Located) => l.quoteConfidence ?? 0.5;

function partialDecision(
  parts: readonly PartOutcome[],
  supports: readonly Support[],
  coverage: number,
): Decision {
  const described = describeParts(parts, supports);
  const similarity = supports.reduce((sum, s) => sum + s.best.occurrence.similarity, 0) / supports.length;
  // One speaker only when every supported part is theirs; each part names its own otherwise.
  const speakers = new Set(described.filter((p) => p.supported).map((p) => p.speaker));
  return {
    verdict: "partial",
    evidence: { verdict: "partial", strength: coverage * similarity },
    explanation: explainPartial(described),
    speaker: speakers.size === 1 ? [...speakers][0]! : null,
    changes: [],
    attributions: [],
    parts: described,
  };
}

interface Context {
  claim: Claim | null;
  resolveSpeaker: (name: string) => Speaker | null;
}

/** The words are supported and quoted: now how faithfully, and by whom. */
function quotedDecision(supports: readonly Support[], context: Context, parts?: QueryPartResult[]): Decision {
  const { claim } = context;
  const basis = supports.flatMap((s) => s.basis);
  const main = [...supports].sort((a, b) => b.part.weight - a.part.weight)[0]!;
  const best = main.best;
  const grade = Math.min(...supports.map((s) => Math.max(...s.basis.map(wordingGrade))));
  const changes = changesOf(supports);
  const speakerBasis = supports.flatMap((s) => s.speakers);
  // Only speakers the articles name clearly are stated; the others are offered as a possibility.
  const attributions = countAttributions(speakerBasis.filter(clearSpeaker));
  const unclear = countAttributions(speakerBasis.filter((l) => !clearSpeaker(l)))
    .map((a) => a.speaker)
    .filter((name) => !attributions.some((a) => a.speaker === name));
  const named = attributions.filter((a) => namesSomeone(a.speaker, context.resolveSpeaker));
  const claimed = claim ? speakerBasis.find((l) => byClaimed(claim, l)) : undefined;
  const claimHolds = claimed !== undefined;
  // Without a claim, the speaker is the one most sources name — if most do. Words a handful of outlets give to as
  // many people are a common phrase, not one person's quotation.
  const namings = attributions.reduce((sum, a) => sum + a.documents.length, 0);
  const majority = attributions[0] && attributions[0].documents.length * 2 > namings ? attributions[0] : null;
  const speaker = claimed ? claimed.occurrence.speaker : (majority?.speaker ?? null);
  const similarity = Math.min(...supports.map((s) => s.best.occurrence.similarity));
  const input: Omit<ConfidenceInput, "verdict"> = {
    conflicting: false,
    similarity,
    attribution: attributionConfidence(claimed ?? speakerBasis[0] ?? best),
    punctuated: supports.every((s) => s.punctuated),
    sources: new Set(basis.map((l) => l.occurrence.document)).size,
    disagreement: attributions.length > 1,
    claimed: claim !== null,
    meaningfulChanges: changes.filter(isMeaningful).length,
  };
  const decision = (verdict: Verdict, explanation: string): Decision => ({
    verdict,
    evidence: { verdict, ...input },
    explanation,
    speaker,
    changes,
    attributions,
    ...(parts ? { parts } : {}),
  });
  const claimName = claim ? (claim.resolved?.name ?? claim.name) : null;
  if (grade === 0) {
    const claimNote =
      claimName && !claimHolds ? { claimed: claimName, named: named.map((a) => a.speaker) } : undefined;
    return decision("misquoted", explainMisquoted(speaker, basis, changes, attributions, claimNote));
  }
  if (claimName && !claimHolds) {
    if (named.length > 0)
      return decision("misattributed", explainMisattributed(claimName, attributions, basis));
    return decision("unattributed", explainUnattributed(claimName, attributions, basis, unclear));
  }
  // Sources that quote the passage with another meaning than the user's words (one has "I don't think", another
  // "I think"): the answer stands on the faithful ones but says so, and is less sure.
  const conflicting = basis.filter((l) => l.meaningful);
  const conflict = conflicting.length > 0 ? explainConflict(conflicting) : "";
  if (conflict) input.conflicting = true;
  if (grade === 2)
    return decision("verified", `${explainVerified(speaker, basis, attributions, unclear)}${conflict}`);
  return decision("variant", `${explainVariant(speaker, basis, changes, attributions, unclear)}${conflict}`);
}

/**
 * The verdict follows from what supports the words (all of them, some, none), then from where they sit (inside a
 * quotation or in narration, in punctuated text or only in a stripped copy), how faithfully the user has them,
 * and who said them compared with who the user says did.
 */
export function decide(
  parts: readonly PartOutcome[],
  claim: Claim | null,
  closest: Located | null,
  resolveSpeaker: (name: string) => Speaker | null,
): Decision {
  let supports = parts.map((p) => supportOf(p, claim)).filter((s): s is Support => s !== null);
  // "…" pieces found apart, in different articles, must each carry information: "understand the game" and
  // "they're part of the" turn up in any large corpus.
  if (parts.length > 1 && !oneQuotation(parts, supports))
    supports = supports.filter((s) => s.part.informative);
  const total = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  // How close the corpus came to the whole text: supported parts count fully, others by their nearest passage.
  const nearness = parts.reduce((sum, p) => {
    const near = supports.some((s) => s.part === p) ? 1 : (p.located[0]?.occurrence.similarity ?? 0);
    return sum + (near * p.weight) / total;
  }, 0);
  const notFound: Decision = {
    verdict: "not_found",
    evidence: { verdict: "not_found", strength: 1 - nearness },
    explanation: explainNotFound(closest),
    speaker: null,
    changes: [],
    attributions: [],
  };
  if (supports.length === 0) return notFound;
  const listed = parts.length > 1 ? describeParts(parts, supports) : undefined;
  if (parts.length > 1 && !oneQuotation(parts, supports)) {
    // A splice is of quotations: stock phrases found in narration here and there do not make one.
    const quoted = supports.filter((s) => s.quoted);
    const coverage = quoted.reduce((sum, s) => sum + s.part.weight, 0) / total;
    return coverage >= PARTIAL_COVERAGE ? partialDecision(parts, supports, coverage) : notFound;
  }
  if (supports.some((s) => !s.quoted)) {
    const pool = supports.flatMap((s) => s.pool);
    const similarity = Math.min(...supports.map((s) => s.best.occurrence.similarity));
    return {
      verdict: "unquoted",
      evidence: {
        verdict: "unquoted",
        similarity,
        punctuated: supports.every((s) => s.punctuated),
        sources: new Set(pool.map((l) => l.occurrence.document)).size,
      },
      explanation: explainUnquoted(
        pool,
        supports.flatMap((s) => s.overruled),
      ),
      speaker: null,
      changes: changesOf(supports),
      attributions: [],
      ...(listed ? { parts: listed } : {}),
    };
  }
  return quotedDecision(supports, { claim, resolveSpeaker }, listed);
}
