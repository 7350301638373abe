/**
 * `"We are pleased," the company said. Sales chief Ann Lee joined in March. "It has been a busy year."`: words
 * with no reporting verb of their own go on with the last speaker only while the text stays with that speaker. A
 * person the article names for the first time in a sentence after the previous quotation's has taken the stage,
 * and is as likely to be whose the next words are.
 */
import type { Named } from "./pronoun-candidates.js";
import { sentenceStarts } from "./quotation-sentence.js";

/**
 * "The money came from Ann Lee": a name a preposition governs is what its sentence is about, not who speaks. The
 * words between stay inside the sentence (no full stop), so `… in its shops. Ann Lee said` is not governed.
 */
const AFTER_PREPOSITION =
  /\b(?:from|by|with|to|for|against|at|on|about|than|of|in)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;

/** Where the previous quotation ends, and whether this one has a reporting verb of its own. */
interface Reading {
  open: number;
  cue: string | null;
  inherited: boolean;
}

/**
 * The key of the newest person first named after the sentence of the previous quotation and before this one,
 * when this one has no reporting verb of its own; else null.
 */
export function newcomerSincePrevious(
  rule: Reading,
  named: readonly Named[],
  body: string,
  previous: { close: number } | null,
): string | null {
  if (!previous || (rule.cue && !rule.inherited)) return null;
  let newest: string | null = null;
  for (const n of named) {
    const at = n.mention.start;
    if (!n.introduced || at <= previous.close || at >= rule.open) continue;
    // Still the previous quotation's sentence: `"…," Ann Lee said, citing Tom Reid` keeps Ann Lee speaking.
    if (sentenceStarts(body, previous.close, at).length < 2) continue;
    if (AFTER_PREPOSITION.test(body.slice(Math.max(0, at - 50), at))) continue;
    newest = n.key;
  }
  return newest;
}
