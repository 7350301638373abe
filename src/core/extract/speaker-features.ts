/**
 * The evidence a candidate speaker can carry (speaker-candidates.ts gathers it, speaker-model.ts weighs it), and
 * the candidate itself.
 */
import type { Mention } from "./mentions.js";
import type { ResolvedSpeaker } from "./resolve-mentions.js";

/** Every feature a candidate can carry, in the order of the model's weights. */
export const FEATURES = [
  "rule",
  "ruleCue",
  "ruleInherited",
  "rulePronoun",
  "ruleDescription",
  "ruleAfter",
  "cueSubjectParagraph",
  "cueSubjectAfter",
  "cueSubjectEarlier",
  "previousSpeaker",
  "previousSpeakerParagraph",
  "namedParagraph",
  "namedEarlier",
  "subjectNearby",
  "nearestNamed",
  "distance",
  "near",
  "salience",
  "mostNamed",
  "quotedBefore",
  "organisation",
  "description",
  "agrees",
  "disagrees",
  "pronounNearestSource",
  "pronounNearestNamed",
  "pronounNearestAttributed",
  "pronounPriorSubject",
  "pronounPrevious",
  "pronounMostNamed",
  "pronounSalience",
  "pronounSameSentence",
  "headline",
  "pronounHeadline",
  "spokenOfInQuote",
  "none",
  "noneRuleFound",
  "ruleSentence",
  "unlistedHead",
  "namedSentenceUncued",
  "cueSubjectPronoun",
  "possessorOfWords",
] as const;

export type Feature = (typeof FEATURES)[number];

export interface Candidate {
  /** null for the "nobody we can name" choice. */
  speaker: ResolvedSpeaker | null;
  /** The mention written nearest the quotation for this speaker. */
  mention: Mention | null;
  cue: string | null;
  features: Partial<Record<Feature, number>>;
}
