/**
 * Roles in the sentence before a he/she/they, beside its subject (pronoun-candidates.ts): a reader takes the
 * pronoun to go on with that subject, not with someone the sentence names after it as an object or in a phrase
 * ("Ada Lund thanked her coach, Tom Reid, after the final. She said: …" goes on with Ada Lund).
 */
import type { Mention } from "./mention.js";
import type { PronounContext } from "./pronoun-candidates.js";
import type { FeatureList } from "./speaker-features.js";

/** "Mayor Tom Harlan's pollster, Dana Whitfield, says …": a possessor is not the subject of its clause. */
export function possessor(body: string, mention: Mention): boolean {
  return (
    /['’]s?$/u.test(body.slice(mention.start, mention.end)) ||
    /^['’]s?\s/u.test(body.slice(mention.end, mention.end + 3))
  );
}

/**
 * Marks the agreeing people named in the prior sentence after its subject (`from`) and before its end (`to`), not
 * as a clause's subject themselves: whom the nearest-name reading of the pronoun tends to pick, and seldom whom it
 * means. `subject`: the subject's own features, never marked.
 */
export function markPriorOthers(ctx: PronounContext, subject: FeatureList, from: number, to: number): void {
  for (const n of ctx.named) {
    const at = n.mention.start;
    if (at < from || at >= to || at >= ctx.pronoun.start || n.mention.subject) continue;
    const f = ctx.featuresOf(n.resolved);
    if (f && f !== subject && ctx.agrees(n.resolved, n.mention)) f.set("pronounPriorOther", 1);
  }
}
