import { speakerIsSure } from "../extract/extract-quotes.js";
import type { AttributionCount, Speaker } from "../types.js";
import type { Located } from "./locate-occurrences.js";
import { SUPPORTED } from "./search-parts.js";
import { type Claim, claimMatches } from "./speaker-claim.js";
import { sourceName } from "./wording-variants.js";

/** One part of the user's text after searching, with its occurrences (similarity at or above LISTED). */
export interface PartOutcome {
  text: string;
  /** The user's words as a plain line, for diffs. */
  display: string;
  /** Which "…"-separated piece of the query it belongs to. */
  piece: number;
  supported: boolean;
  /** Enough words, weighing enough, that finding them on their own is evidence (see search-parts). */
  informative: boolean;
  weight: number;
  located: Located[];
}

/**
 * What supports a part, ranked by trust. Text with its punctuation intact shows where quotations begin and end;
 * a copy stripped of punctuation only lets them be inferred from reporting frames. So when the punctuated text
 * has the passage, it decides whether the words are a quotation and who spoke — if it shows them as narration, a
 * frame in a stripped copy cannot make them a quotation. Once it shows them quoted, a stripped copy's quotation
 * may still carry more of the user's words ("We do not seek …" where the punctuated text quotes only "not seek
 * …"), but never decides the speaker. Stripped copies alone count only for passages no punctuated text has.
 */
export interface Support {
  part: PartOutcome;
  /** The supporting occurrences in the most trusted text that has the passage. */
  pool: Located[];
  /**
   * The quoted occurrences that attest the wording, best first; empty when the trusted text has the words only as
   * narration.
   */
  basis: Located[];
  /** The quoted occurrences whose speaker counts: the trusted text's only. */
  speakers: Located[];
  quoted: boolean;
  /** The best quoted occurrence, or the best occurrence when none is quoted. */
  best: Located;
  /** Whether the evidence is punctuated text (else only copies without punctuation have the passage). */
  punctuated: boolean;
  /** Quoted occurrences in stripped copies that the punctuated text overrules. */
  overruled: Located[];
}

/** Similarities this close are the same passage worded a little differently by two outlets. */
const AS_CLOSE = 0.05;

/** How good a wording is: 2 the user's words exactly, 1 differences that keep the meaning, 0 a changed meaning. */
export const wordingGrade = (l: Located): number => (l.meaningful ? 0 : l.exact ? 2 : 1);

/**
 * Whether the article names the occurrence's speaker clearly enough to state it: a speaker the model finds less
 * than SURE_SPEAKER_PROBABILITY likely may be someone else ("Pompeo is 'pragmatic' and the general sentiment was
 * 'let's take a breath'"), so it neither confirms nor contradicts a claim, and is offered only as a possibility.
 */
export function clearSpeaker(l: Located): boolean {
  return (
    l.occurrence.speaker !== null &&
    (l.quoteKind === null || l.quoteConfidence === null || speakerIsSure(l.quoteKind, l.quoteConfidence))
  );
}

/** Whether the occurrence's speaker is the one claimed, and named clearly. */
export function byClaimed(claim: Claim | null, l: Located): boolean {
  return (
    claim !== null &&
    clearSpeaker(l) &&
    claimMatches(claim, l.occurrence.speaker!, l.occurrence.speakerMention)
  );
}

function rankFor(claim: Claim | null) {
  return (a: Located, b: Located) =>
    Number(byClaimed(claim, b)) - Number(byClaimed(claim, a)) ||
    wordingGrade(b) - wordingGrade(a) ||
    b.occurrence.similarity - a.occurrence.similarity ||
    Number(b.occurrence.speaker !== null) - Number(a.occurrence.speaker !== null) ||
    (b.quoteConfidence ?? 0) - (a.quoteConfidence ?? 0);
}

export function supportOf(part: PartOutcome, claim: Claim | null): Support | null {
  const supporting = part.located.filter((l) => l.occurrence.similarity >= SUPPORTED);
  if (!part.supported || supporting.length === 0) return null;
  const punctuated = supporting.filter((l) => l.punctuated);
  const pool = punctuated.length > 0 ? punctuated : supporting;
  // Quoted passages are the evidence when they match the user's words about as well as any: narration that has
  // the very words outranks another outlet's quotation of different ones.
  const closest = Math.max(...pool.map((l) => l.occurrence.similarity));
  const quotedPool = pool.filter((l) => l.occurrence.quoted);
  const quotedClosest = Math.max(0, ...quotedPool.map((l) => l.occurrence.similarity));
  const speakers = (quotedClosest >= closest - AS_CLOSE ? quotedPool : []).sort(rankFor(claim));
  const strippedQuotes = supporting.filter((l) => !l.punctuated && l.occurrence.quoted);
  const confirmed = punctuated.length > 0 && speakers.length > 0;
  const basis = confirmed ? [...speakers, ...strippedQuotes].sort(rankFor(claim)) : speakers;
  const overruled = punctuated.length > 0 && !confirmed ? strippedQuotes : [];
  return {
    part,
    pool,
    basis,
    speakers,
    quoted: basis.length > 0,
    best: basis[0] ?? [...pool].sort(rankFor(claim))[0]!,
    punctuated: punctuated.length > 0,
    overruled,
  };
}

/**
 * Whether a speaker name identifies someone. "a senior official" or "u s officials" describe a source without
 * naming it; a claim that names a person cannot be confirmed by them.
 */
export function namesSomeone(speaker: string, resolveSpeaker: (name: string) => Speaker | null): boolean {
  const known = resolveSpeaker(speaker);
  if (known && known.name === speaker) return known.kind !== "description";
  return /^\p{Lu}/u.test(speaker);
}

/** Who the quoting sources give the words to: one entry per speaker, most documents first, then earliest. */
export function countAttributions(basis: readonly Located[]): AttributionCount[] {
  const bySpeaker = new Map<string, AttributionCount>();
  const dated = [...basis].sort(
    (a, b) => (a.occurrence.date ?? "9999").localeCompare(b.occurrence.date ?? "9999") || 0,
  );
  for (const l of dated) {
    const speaker = l.occurrence.speaker;
    if (!speaker) continue;
    let count = bySpeaker.get(speaker);
    if (!count) {
      count = { speaker, sources: [], documents: [], earliest: l.occurrence.date };
      bySpeaker.set(speaker, count);
    }
    if (!count.documents.includes(l.occurrence.document)) count.documents.push(l.occurrence.document);
    const source = sourceName(l.occurrence);
    if (!count.sources.includes(source)) count.sources.push(source);
  }
  return [...bySpeaker.values()].sort(
    (a, b) =>
      b.documents.length - a.documents.length ||
      (a.earliest ?? "9999").localeCompare(b.earliest ?? "9999") ||
      a.speaker.localeCompare(b.speaker),
  );
}
