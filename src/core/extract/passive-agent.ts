/** The agent of a passive verb that names something with a quotation: "branded “…” by the Greens". */
import type { Attribution } from "./find-attribution.js";
import { MAX_NP } from "./find-subject.js";
import { parseNounPhrase } from "./mentions.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";

/** Participles that name something, in a passive whose agent follows: "has been called “…” by Paul Grant". */
const PASSIVE_NAMERS = new Set(["called", "dubbed", "termed", "labeled", "labelled", "branded", "described"]);

/**
 * "The plan has been called “a slow strangulation” by Paul Grant", "was described as a “…” by Paul Grant", "its
 * capital, called the “Crossroads of America” by the citizens": the agent of a passive naming verb is the one
 * whose words are quoted.
 */
export function passiveAgent(
  tokens: readonly Token[],
  q: number,
  to: number,
  body: string,
): Attribution | null {
  let namer = /^(?:the|a|an)$/.test(tokens[q - 1]?.lower ?? "") ? q - 2 : q - 1;
  // "was described as a “…” by Paul Grant": "as" may stand between the participle and what it names.
  if (tokens[namer]?.lower === "as") namer--;
  if (!PASSIVE_NAMERS.has(tokens[namer]?.lower ?? "") || tokens[q + 1]?.lower !== "by") return null;
  let end = q + 2;
  while (end < to && end - q - 2 < MAX_NP && isNounPhraseToken(tokens[end], tokens[end - 1], tokens[end + 1]))
    end++;
  const mention = end > q + 2 ? parseNounPhrase(tokens.slice(q + 2, end), body) : null;
  return mention && mention.kind !== "pronoun" ? { mention, cue: null, at: q + 1 } : null;
}
