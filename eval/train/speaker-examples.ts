/**
 * Training examples for the speaker model: for each gold direct quotation of a PolNeAR article that extraction
 * finds, the candidate speakers of the extracted quotation, and which of them the gold Source names ("nobody"
 * when none does: the model should then learn to name nobody rather than the wrong person).
 */

import { extractQuotes } from "../../src/core/extract/extract-quotes.js";
import type { Candidate, Feature } from "../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../src/core/extract/speaker-model.js";
import { goldQuotes } from "../polnear/gold.js";
import type { PolnearDocument } from "../polnear/load-polnear.js";
import { sameSpeaker } from "../polnear/score.js";

export interface Example {
  candidates: Candidate[];
  /** Indexes of the candidates that name the gold speaker. */
  positives: number[];
  /** How the gold Source is written: a name, a pronoun, or a description or organisation. */
  category?: "name" | "pronoun" | "other";
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The examples of one article, read with the given weights (each quotation's candidates depend on who the
 * earlier quotations were given to).
 */
/** Whether a gold Source written as a description or organisation is this candidate. */
function writes(source: string, candidate: Candidate): boolean {
  const forms = [candidate.speaker?.name, candidate.mention?.text].map((f) => (f ?? "").toLowerCase());
  return forms.some((f) => f.length > 2 && source.includes(f.replace(/^(?:the|a|an)\s+/, "")));
}

/**
 * `referents`: hand-resolved referents of the article's pronoun Sources. Where one is given it is the label, not the
 * nearest-named-Source guess (wrong for about a quarter of pronouns); null there means "nobody the article names".
 */
export function speakerExamples(
  doc: PolnearDocument,
  weights: ReadonlyMap<Feature, number>,
  referents?: ReadonlyMap<number, string | null>,
): Example[] {
  const seen: Candidate[][] = [];
  const quotes = extractQuotes(doc.article, (candidates) => {
    seen.push([...candidates]);
    return chooseSpeaker(candidates, weights);
  });
  const examples: Example[] = [];
  const used = new Set<number>();
  for (const gold of goldQuotes(doc, referents)) {
    if (!gold.source) continue;
    let best = -1;
    for (let i = 0; i < quotes.length; i++) {
      if (best < 0 || overlap(quotes[i]!, gold) > overlap(quotes[best]!, gold)) best = i;
    }
    const quote = quotes[best];
    const candidates = seen[best];
    if (!quote || !candidates || used.has(best)) continue;
    if (overlap(quote, gold) < 0.5 * (gold.end - gold.start)) continue;
    used.add(best);
    const resolved = gold.referent !== undefined;
    if (gold.category === "other" || (!resolved && !gold.expected)) {
      // "a source at the station", "the campaign": right when the candidate is the phrase the gold Source writes;
      // when none is, nothing is learnt (the gold may be "It" or "the poll", which no candidate can be).
      const source = gold.source.toLowerCase();
      const written = candidates.flatMap((c, i) => (c.speaker && writes(source, c) ? [i] : []));
      if (written.length > 0) examples.push({ candidates, positives: written, category: "other" });
      continue;
    }
    const expected = resolved ? gold.referent : gold.expected;
    const named = candidates.flatMap((c, i) =>
      c.speaker && expected && sameSpeaker(c.speaker.name, expected) ? [i] : [],
    );
    // The gold's he/she is the nearest named Source before it, whoever that is; a "he" given to a woman (or
    // "they" to one person) is the rule's noise, and teaching it would teach the model to ignore gender.
    if (
      gold.category === "pronoun" &&
      !resolved &&
      named.length > 0 &&
      named.every((i) => candidates[i]!.features.disagrees)
    )
      continue;
    const positives = named.length > 0 ? named : candidates.flatMap((c, i) => (c.speaker ? [] : [i]));
    examples.push({ candidates, positives, category: gold.category });
  }
  return examples;
}
