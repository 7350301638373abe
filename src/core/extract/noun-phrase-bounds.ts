/**
 * Where a noun phrase before a reporting verb begins: past an adjunct ("Trump in his announcement speech said") or
 * past the complement of an adjective after its head ("a source familiar with the review said").
 */
import { DETERMINERS } from "./lexicon.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";

/** Longest noun phrase taken as a speaker, in tokens. */
export const MAX_NP = 9;

const ADJUNCT_PREPOSITIONS = new Set(
  "in on at during via through after before from with over across inside outside near".split(" "),
);

/** The preposition opening an adjunct that ends at token j ("in his announcement speech"), or -1. */
export function adjunctBefore(tokens: readonly Token[], j: number, lo: number): number {
  for (let k = j; k >= lo && j - k <= MAX_NP; k--) {
    const t = tokens[k];
    if (t?.kind !== "word") return -1;
    if (ADJUNCT_PREPOSITIONS.has(t.lower)) return k < j ? k : -1;
    if (!isNounPhraseToken(t, tokens[k - 1], tokens[k + 1]) && !DETERMINERS.has(t.lower)) return -1;
  }
  return -1;
}

/** Adjectives that follow the noun they describe, with the preposition of their complement. */
const COMPLEMENT_ADJECTIVES = new Map([
  ["familiar", "with"],
  ["close", "to"],
  ["involved", "in"],
  ["briefed", "on"],
  ["knowledgeable", "about"],
  ["privy", "to"],
]);

/**
 * "a source familiar with the review said", "people close to the talks say": the phrase opening at token k is the
 * complement of an adjective after the speaker's noun, not the speaker. The index of that noun's last token, or -1.
 */
export function complementHead(tokens: readonly Token[], k: number, lo: number): number {
  const adjective = tokens[k - 2];
  if (adjective?.kind !== "word" || COMPLEMENT_ADJECTIVES.get(adjective.lower) !== tokens[k - 1]?.lower)
    return -1;
  const head = k - 3;
  return head >= lo && isNounPhraseToken(tokens[head], tokens[head - 1], tokens[head + 1]) ? head : -1;
}
