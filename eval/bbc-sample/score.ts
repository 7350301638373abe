/**
 * Scores extracted quotations against the hand annotations of the BBC sample, with the rules of
 * `npm run eval:attribution`: an annotated quotation is found when extracted quotations cover at least half of
 * its characters; an extracted quotation is correct when annotated ones cover at least half of its characters.
 * Speakers are judged on the quotations found, against the extracted quotation overlapping most: a person by
 * surname (either way round, as for PolNeAR), an organisation or a description by its words.
 */
import { speakerIsSure } from "../../src/core/extract/extract-quotes.js";
import type { QuoteKind } from "../../src/core/types.js";
import { coverage, overlap, sameSpeaker } from "../polnear/score.js";

export type SpeakerKind = "person" | "organisation" | "description";

export interface Annotation {
  /** "politics/7"-style name: the file under ../shared/corpora/bbc without ".txt". */
  article: string;
  /** Offsets of the quoted words (inside the marks) in the article as the corpus loader reads it. */
  start: number;
  end: number;
  /** As a careful reader names the speaker; "Name (other name)" when the article uses both. */
  speaker: string;
  kind: SpeakerKind;
}

/** What the scoring needs of an extracted quotation. */
export interface Found {
  start: number;
  end: number;
  speakerName: string | null;
  kind: QuoteKind;
  confidence: number;
}

export interface SpeakerTally {
  total: number;
  right: number;
  /** No speaker named: neither right nor a wrong name. */
  unknown: number;
}

export interface SampleTally {
  articles: number;
  annotated: number;
  found: number;
  extracted: number;
  correct: number;
  speaker: Record<SpeakerKind, SpeakerTally>;
  /** Quotations found whose speaker we name clearly enough for a verdict to state it, and how many are right. */
  stated: { total: number; right: number };
}

export function emptySampleTally(): SampleTally {
  const speaker = () => ({ total: 0, right: 0, unknown: 0 });
  return {
    articles: 0,
    annotated: 0,
    found: 0,
    extracted: 0,
    correct: 0,
    speaker: { person: speaker(), organisation: speaker(), description: speaker() },
    stated: { total: 0, right: 0 },
  };
}

/** Two tallies as one: the counts added, so that percentages are taken over both samples' quotations. */
export function addTally(a: SampleTally, b: SampleTally): SampleTally {
  const speaker = (k: SpeakerKind): SpeakerTally => ({
    total: a.speaker[k].total + b.speaker[k].total,
    right: a.speaker[k].right + b.speaker[k].right,
    unknown: a.speaker[k].unknown + b.speaker[k].unknown,
  });
  return {
    articles: a.articles + b.articles,
    annotated: a.annotated + b.annotated,
    found: a.found + b.found,
    extracted: a.extracted + b.extracted,
    correct: a.correct + b.correct,
    speaker: {
      person: speaker("person"),
      organisation: speaker("organisation"),
      description: speaker("description"),
    },
    stated: { total: a.stated.total + b.stated.total, right: a.stated.right + b.stated.right },
  };
}

/** Words that name nothing by themselves: "the firm's spokesman" and "a spokesman for the firm" agree. */
const FILLER = new Set(["the", "a", "an", "of", "for", "at", "from", "its", "their", "and", "s"]);

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w));
}

/** "Liberal Democrats (Lib Dems)" → both forms. */
function forms(speaker: string): string[] {
  const inner = [...speaker.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  return [speaker.replace(/\([^)]*\)/g, " "), ...inner];
}

/** An organisation or description: every word of one form appears in the other (articles and "of" aside). */
function sameWords(ours: string, gold: string): boolean {
  const a = contentWords(ours);
  if (a.length === 0) return false;
  return forms(gold).some((form) => {
    const b = contentWords(form);
    if (b.length === 0) return false;
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    return shorter.every((w) => longer.includes(w));
  });
}

export function rightSpeaker(ours: string | null, gold: Annotation): boolean {
  if (!ours) return false;
  if (gold.kind === "person") return forms(gold.speaker).some((form) => sameSpeaker(ours, form));
  return sameWords(ours, gold.speaker);
}

/** Adds one article's figures: its annotations and what was extracted from it. */
export function scoreArticle(gold: readonly Annotation[], ours: readonly Found[], tally: SampleTally): void {
  tally.articles++;
  tally.annotated += gold.length;
  tally.extracted += ours.length;
  tally.correct += ours.filter((o) => coverage(o.start, o.end, gold) >= 0.5).length;
  for (const g of gold) {
    if (coverage(g.start, g.end, ours) < 0.5) continue;
    tally.found++;
    const best = [...ours].sort((x, y) => overlap(y, g) - overlap(x, g))[0]!;
    const bucket = tally.speaker[g.kind];
    bucket.total++;
    if (rightSpeaker(best.speakerName, g)) bucket.right++;
    else if (!best.speakerName) bucket.unknown++;
    if (best.speakerName && speakerIsSure(best.kind, best.confidence)) {
      tally.stated.total++;
      if (rightSpeaker(best.speakerName, g)) tally.stated.right++;
    }
  }
}
