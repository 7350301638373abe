/**
 * The evidence a candidate speaker can carry (speaker-candidates.ts gathers it, speaker-model.ts weighs it), and
 * the candidate itself.
 */
import type { Mention, ResolvedSpeaker } from "./mention.js";

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
  "sentenceSubject",
  "fragmentInherited",
  "fragmentNone",
  "fragmentSentenceSubject",
  "pronounNewcomer",
  "accordingToSentence",
  "pronounPriorOther",
  "newcomerSincePrevious",
  "previousPastNewcomer",
] as const;

export type Feature = (typeof FEATURES)[number];

export interface Candidate {
  /** null for the "nobody we can name" choice. */
  speaker: ResolvedSpeaker | null;
  /** The mention written nearest the quotation for this speaker. */
  mention: Mention | null;
  cue: string | null;
  features: Partial<Record<Feature, number>>;
  /** The same features as a list, when they were gathered as one (speaker-candidates.ts). */
  list?: FeatureList;
}

/**
 * A candidate's features in the order they were first set, which is the order a score sums them in. Gathered for
 * every candidate of every quotation: a short list is cheaper than objects each growing its own set of keys.
 */
export class FeatureList {
  readonly names: Feature[] = [];
  readonly values: number[] = [];

  set(feature: Feature, value: number): void {
    const i = this.names.indexOf(feature);
    if (i >= 0) this.values[i] = value;
    else {
      this.names.push(feature);
      this.values.push(value);
    }
  }

  get(feature: Feature): number | undefined {
    const i = this.names.indexOf(feature);
    return i >= 0 ? this.values[i] : undefined;
  }

  /** The features as a record whose keys come in the order they were set. */
  toRecord(): Partial<Record<Feature, number>> {
    const record: Partial<Record<Feature, number>> = {};
    for (let i = 0; i < this.names.length; i++) record[this.names[i]!] = this.values[i]!;
    return record;
  }
}

/** A candidate whose features were gathered as a list; the record is written out only when asked for. */
export class ListedCandidate implements Candidate {
  #features: Partial<Record<Feature, number>> | undefined;

  constructor(
    public speaker: ResolvedSpeaker | null,
    public mention: Mention | null,
    public cue: string | null,
    public list: FeatureList,
  ) {}

  get features(): Partial<Record<Feature, number>> {
    this.#features ??= this.list.toRecord();
    return this.#features;
  }
}
