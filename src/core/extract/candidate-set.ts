/**
 * The candidates gathered for one quotation, one per speaker (by `keyOf`), each with its evidence so far and the
 * mention written nearest the quotation.
 */
import type { Mention, ResolvedSpeaker } from "./mention.js";
import type { MentionResolver } from "./resolve-mentions.js";
import { FeatureList } from "./speaker-features.js";

export type Gender = "male" | "female" | null;

/** A candidate being gathered. `fixed`: the rules' own reading, whose mention as written is kept. */
interface Gathered {
  speaker: ResolvedSpeaker;
  mention: Mention;
  cue: string | null;
  features: FeatureList;
  distance: number;
  gender: Gender;
  fixed: boolean;
}

export class CandidateSet {
  readonly byKey = new Map<string, Gathered>();

  constructor(private readonly resolver: MentionResolver) {}

  /**
   * `gendered`: the candidate takes the gender of the mention it is first gathered with (not the rules' own).
   * `key`: the speaker's key (article-evidence.ts).
   */
  add(
    speaker: ResolvedSpeaker,
    mention: Mention,
    cue: string | null,
    distance: number,
    gendered: boolean,
    key: string,
  ) {
    let c = this.byKey.get(key);
    if (!c) {
      const gender = gendered ? this.resolver.genderOf(mention) : null;
      c = { speaker, mention, cue, features: new FeatureList(), distance, gender, fixed: false };
      this.byKey.set(key, c);
    } else if (distance < c.distance) {
      c.distance = distance;
      if (!c.fixed) c.mention = mention;
    }
    return c.features;
  }
}
