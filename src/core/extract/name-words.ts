/**
 * Which capitalised words can be part of a name: not function words, and not dates — except the months that are
 * also surnames (May, March, June, April, August) where the words around them make them one.
 */

import {
  CONJUNCTIONS,
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  TIME_WORDS,
} from "./lexicon.js";
import { isKnownFirstName } from "./lexicon-tags.js";
import { bare } from "./name-titles.js";
import type { Token } from "./tokens.js";

export function isFunctionWord(lower: string): boolean {
  return DETERMINERS.has(lower) || CONJUNCTIONS.has(lower) || PREPOSITIONS.has(lower) || PRONOUNS.has(lower);
}

/** Months that are also surnames. */
const MONTH_SURNAMES: ReadonlySet<string> = new Set(["may", "march", "june", "april", "august"]);

/**
 * "Theresa May", "Brian May", "Mrs May": a capitalised month right after a known first name or an honorific is a
 * surname, not a date.
 */
export function isMonthSurname(token: Token | undefined, previous: Token | undefined): boolean {
  return (
    isSurnameMonth(token) &&
    previous?.kind === "word" &&
    previous.cap &&
    (isKnownFirstName(previous.text) || HONORIFICS.has(bare(previous.text)))
  );
}

/** A capitalised month that is also a surname ("May", "March"), whatever stands around it. */
export function isSurnameMonth(token: Token | undefined): boolean {
  return token?.kind === "word" && token.cap && MONTH_SURNAMES.has(token.lower);
}

/** A word that can be part of a capitalised name; `previous` tells a surname from a month. */
export function isNameWord(token: Token | undefined, previous?: Token): boolean {
  if (token?.kind !== "word") return false;
  if (!token.cap) return NAME_PARTICLES.has(token.lower) || /^(?:al|el)-\p{Lu}/u.test(token.text);
  const lower = token.lower.endsWith(".") ? token.lower.slice(0, -1) : token.lower;
  return !isFunctionWord(lower) && (!TIME_WORDS.has(lower) || isMonthSurname(token, previous));
}
