import type { Verdict } from "../types.js";
import { CALIBRATION } from "./calibration.js";

/** What the verdict rests on, for judging how likely it is to be right. */
export interface ConfidenceInput {
  verdict: Verdict;
  /** Precomputed strength for verdicts measured by one figure (partial: coverage × similarity; not found). */
  strength?: number;
  /** Similarity of the weakest part's best passage. */
  similarity?: number;
  /** Extraction's confidence in the quotation and its speaker. */
  attribution?: number;
  /** The evidence is punctuated text (not only copies stripped of punctuation). */
  punctuated?: boolean;
  /** Documents carrying the evidence. */
  sources?: number;
  /** The sources name different speakers. */
  disagreement?: boolean;
  /** A speaker was claimed, so the answer rests on attribution as well as wording. */
  claimed?: boolean;
  meaningfulChanges?: number;
  /** Some sources word the passage with another meaning than the one confirmed. */
  conflicting?: boolean;
}

/**
 * A raw strength, 0..1, from the evidence: higher where the answer has more going for it. It is not yet a
 * probability; `CALIBRATION` maps it to one.
 */
export function strengthOf(input: ConfidenceInput): number {
  const similarity = input.similarity ?? 1;
  const attribution = input.attribution ?? 0.5;
  const text = input.punctuated === false ? 0.8 : 1;
  const corroborated = Math.min(1, 0.9 + 0.05 * (input.sources ?? 1));
  const agreed = input.disagreement ? 0.8 : 1;
  switch (input.verdict) {
    case "partial":
    case "not_found":
      return input.strength ?? 0;
    case "verified":
    case "variant": {
      const speaker = input.claimed ? 0.4 + 0.6 * attribution : 1;
      const consistent = input.conflicting ? 0.8 : 1;
      return similarity * text * speaker * agreed * corroborated * consistent;
    }
    case "misquoted":
      return similarity * text * corroborated;
    case "misattributed":
    case "unattributed":
      return similarity * text * (0.4 + 0.6 * attribution) * agreed;
    case "unquoted":
      return similarity * text * corroborated;
  }
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** The share of answers like this one that are right, as measured on the calibration probes. */
export function confidenceFor(input: ConfidenceInput): number {
  const strength = strengthOf(input);
  const steps = CALIBRATION[input.verdict];
  let confidence = steps[0]?.[1] ?? 0.5;
  for (const [from, value] of steps) if (strength >= from) confidence = value;
  return round(confidence);
}
