/**
 * "…, courtesy of Ada Lund, a delegate from Ohio who came dressed as a judge. “…,” she said": a person the article
 * names for the first time, with words saying who they are, just before a he/she is most often whom it means, even
 * when the pronoun has no other evidence for them (no reporting verb of theirs, no sentence with them as subject).
 */
import type { PersonMention } from "./person-mentions.js";
import type { PronounContext } from "./pronoun-candidates.js";
import { sentenceStarts } from "./quotation-sentence.js";

/** Sentences before the pronoun's own that the introduction may stand in. */
const INTRODUCED_SENTENCES = 3;

/** Characters looked back for those sentences. */
const INTRODUCED_REACH = 600;

/** ", a delegate from …", ", 20,", " (R-Conn.)", ", who served as …", " of Liberty Church": who a new name is. */
const APPOSITIVE = /^(?:,\s+(?:a|an|the|who|whose|\d)|\s+\(|\s+of\s+\p{Lu})/u;

/**
 * "The money came from the millionaire Sir Ada Lund, who …": a name a preposition governs is what its sentence
 * is about, seldom who speaks next ("courtesy of" is not among them: it brings a person on stage).
 */
const AFTER_PREPOSITION = /\b(?:from|by|with|to|for|against|at|on|about|than)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;

/** Whether words beside the name say who the person is: an appositive, or a title or role before it. */
export function describedAtName(mention: PersonMention, body: string): boolean {
  return (
    mention.titles.length > 0 ||
    mention.roles.length > 0 ||
    APPOSITIVE.test(body.slice(mention.end, mention.end + 12))
  );
}

function introducedWithDescription(mention: PersonMention, body: string): boolean {
  return (
    APPOSITIVE.test(body.slice(mention.end, mention.end + 12)) &&
    !AFTER_PREPOSITION.test(body.slice(Math.max(0, mention.start - 60), mention.start))
  );
}

/** Marks the newest such person before the pronoun who agrees with it. */
export function markNewcomer(ctx: PronounContext): void {
  const { pronoun } = ctx;
  const starts = sentenceStarts(
    ctx.body,
    Math.max(ctx.from, pronoun.start - INTRODUCED_REACH),
    pronoun.start,
  );
  const from = starts[Math.max(0, starts.length - 1 - INTRODUCED_SENTENCES)]!;
  let newest: (typeof ctx.named)[number] | null = null;
  for (const n of ctx.named) {
    const at = n.mention.start;
    if (!n.introduced || at < from || at >= pronoun.start) continue;
    // A name inside the quotation is someone it speaks of.
    if (at >= ctx.open && at < ctx.close) continue;
    if (!introducedWithDescription(n.mention, ctx.body)) continue;
    if (ctx.agrees(n.resolved, n.mention)) newest = n;
  }
  if (newest) ctx.featuresOf(newest.resolved)?.set("pronounNewcomer", 1);
}
