/**
 * Evidence that a candidate cannot speak at all: a description whose head is not a person, group or document
 * noun ("The timeline … shows" read with "shows" as the subject, "her abortion business", "the caucuses"). The
 * rules let such subjects through; the model learns how far to distrust them. (Places were tried too: on the
 * tuning articles a country or state chosen by the rules is right about half the time — "Iran said" — so being
 * a place tells the model nothing.)
 */

import type { Mention, ResolvedSpeaker } from "./mention.js";
import { isSpeakingNoun } from "./word-classes.js";

/** Whether a description names something that is not a speaker: its head is no person, group or document noun. */
export function hasUnlistedHead(speaker: ResolvedSpeaker, mention: Mention | null): boolean {
  if (speaker.kind !== "description") return false;
  const head =
    mention?.kind === "description" && mention.head ? mention.head : speaker.name.split(/\s+/).at(-1);
  return !isSpeakingNoun(head ?? "");
}
