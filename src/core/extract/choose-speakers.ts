/**
 * The speaker of each quotation in an article, chosen by the model among candidates gathered around it, with the
 * rules' reading as one line of evidence among others.
 */

import { articleEvidence, keyIn } from "./article-evidence.js";
import type { Mention, ResolvedSpeaker, SourceEvidence } from "./mention.js";
import type { PersonMention } from "./person-mentions.js";
import type { MentionResolver } from "./resolve-mentions.js";
import { candidatesFor, type QuotedSoFar, type RuleChoice } from "./speaker-candidates.js";
import type { Candidate } from "./speaker-features.js";
import { chooseSpeaker, type SpeakerChoice } from "./speaker-model.js";

/** Picks one candidate (or none) for a quotation; replaceable so that training can see the candidates. */
export type Chooser = (candidates: readonly Candidate[]) => SpeakerChoice;

export interface ChosenSpeaker {
  resolved: ResolvedSpeaker | null;
  mention: Mention | null;
  cue: string | null;
  /** How probable the model finds the chosen speaker (or, when none was named, the best candidate). */
  probability: number;
}

export interface ArticleSpeakers {
  rules: readonly RuleChoice[];
  people: readonly PersonMention[];
  sources: readonly SourceEvidence[];
  paragraphs: ReadonlyArray<readonly [number, number]>;
  resolver: MentionResolver;
  body: string;
}

export function chooseSpeakers(article: ArticleSpeakers, choose: Chooser = chooseSpeaker): ChosenSpeaker[] {
  const { people, sources, paragraphs, resolver, body } = article;
  const evidence = articleEvidence(people, sources, paragraphs, resolver, body);
  // "He" goes on meaning whoever was last given a quotation: the model's own earlier choices feed the next.
  const quoted: QuotedSoFar = { previous: null, counts: new Map() };
  return article.rules.map((rule) => {
    const { candidate, probability } = choose(candidatesFor(rule, evidence, quoted, article.resolver));
    if (candidate?.speaker && candidate.mention) {
      const key = keyIn(evidence, candidate.speaker);
      quoted.counts.set(key, (quoted.counts.get(key) ?? 0) + 1);
      quoted.previous = {
        speaker: candidate.speaker,
        mention: candidate.mention,
        paragraph: rule.paragraph,
        at: rule.open,
        close: rule.close,
      };
    }
    return {
      resolved: candidate?.speaker ?? null,
      mention: candidate?.mention ?? null,
      cue: candidate?.cue ?? null,
      probability,
    };
  });
}
