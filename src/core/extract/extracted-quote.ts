/** A quotation as the extractor gives it: the core's Quote with the speaker still as written and resolved here. */
import type { Quote } from "../types.js";

export interface ExtractedQuote extends Omit<Quote, "speaker"> {
  /** Full name the mention resolves to inside the article (pronoun/description/surname → best full form), or null. */
  speakerName: string | null;
  speakerKind: "person" | "organisation" | "description" | null;
  /**
   * How probable the speaker model finds the speaker named (or, when none is, the likeliest candidate); absent
   * for text without punctuation, where frames name the speaker.
   */
  speakerProbability?: number;
}
