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
  WORD_FIRST_NAMES,
} from "./lexicon.js";
import { isKnownFirstName, wordsTaggedOnly } from "./lexicon-tags.js";
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

/** What a capitalised word says of itself as part of a name: never, always, or as a date unless a surname. */
const NEVER = 1;
const ALWAYS = 2;
const DATE = 3;

function readCapitalised(lower: string): number {
  const word = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (isFunctionWord(word)) return NEVER;
  return TIME_WORDS.has(word) ? DATE : ALWAYS;
}

/**
 * "al-Assad", "el-Sisi". Patterns the scanners test on every token are built once here: a regex literal in a
 * function makes a new object each time it runs.
 */
const ARABIC_ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;
const LETTER_INITIAL = /^\p{Lu}\.$/u;

/** A word that can be part of a capitalised name; `previous` tells a surname from a month. */
export function isNameWord(token: Token | undefined, previous?: Token): boolean {
  if (token?.kind !== "word") return false;
  if (!token.cap) return NAME_PARTICLES.has(token.lower) || ARABIC_ARTICLE_NAME.test(token.text);
  if (isLetterInitial(token, previous)) return true;
  token.nameWord ??= readCapitalised(token.lower);
  return token.nameWord === ALWAYS || (token.nameWord === DATE && isMonthSurname(token, previous));
}

/**
 * "Roberta A. Kaplan", "Lindsey O. Graham": "A." or "O." with its full stop after a first name is a middle
 * initial, not the word "a" or "O" (other letters are read as name words anyway). After a common word it may end
 * a sentence ("top of Group A. Chelsea …").
 */
function isLetterInitial(token: Token, previous: Token | undefined): boolean {
  return (
    token.text.length <= 3 &&
    LETTER_INITIAL.test(token.text) &&
    previous?.kind === "word" &&
    previous.cap &&
    (isKnownFirstName(previous.text) || WORD_FIRST_NAMES.has(previous.lower))
  );
}

/**
 * Words the lexicon tags only as a present tense, read from it once: every capitalised word before another is
 * asked, and the few of them answer faster than a lookup among every word seen.
 */
let presentOnly: ReadonlySet<string> | undefined;

/**
 * "Carly Fiorina Endorses Ted Cruz", "Hillary Clinton Slams Donald Trump": in a title-case headline, a capitalised
 * verb in the present tense before a known first name is the headline's verb, not part of a name — a word the
 * lexicon knows only as such a verb, so surnames that are plurals too ("Burns", "Banks") stay names.
 */
export function isHeadlineVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  if (token?.kind !== "word" || !token.cap || next?.kind !== "word" || !next.cap) return false;
  presentOnly ??= wordsTaggedOnly("PresentTense");
  return presentOnly.has(token.lower) && isKnownFirstName(next.text);
}
