/**
 * Token by token: whether a word can stand inside a noun phrase that speaks, or in a capitalised name. The
 * scanners that walk away from a reporting verb ask this of every token they pass.
 */

import { isDocumentNoun } from "./document-issuer.js";
import {
  CONJUNCTIONS,
  CUE_FORMS,
  DETERMINERS,
  NON_NOUN_WORDS,
  ORG_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  TITLE_WORDS,
} from "./lexicon.js";
import { WordMemo } from "./lexicon-tags.js";
import { bare } from "./name-titles.js";
import { isNameWord } from "./name-words.js";
import type { Token } from "./tokens.js";
import { isFiniteVerb, isModal, isSpeakingNoun, isVerbLike } from "./word-classes.js";

const LY_NOUNS = new Set(
  "family ally rally assembly supply monopoly anomaly bully belly folly homily".split(" "),
);

/** Built once: a regex literal in a function makes a new object each time it runs, and these run per token. */
const LY_ADVERB_FORM = /^\p{Ll}{3,}ly$/u;
const PAST_ENDING = /\p{L}{2}ed$/u;
const TENSED_AUXILIARIES = new Set(["has", "had", "is", "was"]);
const OPENING_MARKS = new Set([".", "!", "?", ":", ";", '"', "“"]);

/** "quickly", "repeatedly": an adverb ends a noun phrase even when the lexicon does not know it. */
function isLyAdverb(lower: string): boolean {
  return LY_ADVERB_FORM.test(lower) && !LY_NOUNS.has(lower);
}

/** A tense no modal can take before it: "wrote", "claims", "has", "urged". */
function isTensed(token: Token | undefined): boolean {
  if (token?.kind !== "word" || token.cap) return false;
  const lemma = CUE_FORMS.get(token.lower);
  return (
    (lemma !== undefined && lemma !== token.lower) ||
    TENSED_AUXILIARIES.has(token.lower) ||
    PAST_ENDING.test(token.lower) ||
    (isFiniteVerb(token.lower) && !isModal(token.lower))
  );
}

/**
 * A capitalised modal that is a surname ("George Will", "…, Will urged", "Will wrote."): after a name word or
 * inside a sentence, or before a tense no modal takes. Not before another capital ("Clinton Will Win").
 */
export function isModalName(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (!token.cap || token.kind !== "word" || !isModal(token.lower)) return false;
  if (next?.kind === "word" && next.cap) return false;
  const opening = !previous || previous.kind === "quote" || OPENING_MARKS.has(previous.text);
  return !opening || isTensed(next);
}

/** "there's", "that’s": a contracted "is" rather than a possessive. */
function endsInApostropheS(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === "’");
}

/** What a word says of itself, whatever stands around it: never in a noun phrase, always, or which tests remain. */
const NEVER = 1;
const ALWAYS = 2;
const CUE = 4;
const CUE_LEMMA = 8;
const LY_ADVERB = 16;
const PLURAL_VERB = 32;
const ED = 64;
const VERB_LIKE = 128;

function readWord(text: string): number {
  const lower = text.toLowerCase();
  // "There’s still time": a contracted "is" after a function word, not a possessive.
  if (endsInApostropheS(lower)) {
    const contracted = lower.slice(0, -2);
    if ((contracted === "that" || NON_NOUN_WORDS.has(contracted)) && !isModal(contracted)) return NEVER;
  }
  if (lower === "that" || NON_NOUN_WORDS.has(lower) || PREPOSITIONS.has(lower) || lower.endsWith("self"))
    return NEVER;
  if (CONJUNCTIONS.has(lower) || PRONOUNS.has(lower)) return NEVER;
  if (!/^\p{Ll}/u.test(text)) return ALWAYS;
  return (
    (CUE_FORMS.has(lower) ? CUE : 0) |
    (CUE_FORMS.get(lower) === lower ? CUE_LEMMA : 0) |
    (isLyAdverb(lower) ? LY_ADVERB : 0) |
    // "The Tillman ad hits Hartley": a plural that names no speaker, before a name, is a verb before its object.
    (/[^s]s$/.test(lower) && !isSpeakingNoun(lower) ? PLURAL_VERB : 0) |
    (/ed$/.test(lower) ? ED : 0) |
    (isVerbLike(lower) ? VERB_LIKE : 0)
  );
}

/** A modal ("Will", "May"), which with a capital may be a surname (isModalName): set beside the reading. */
const MODAL = 256;

/** Each word's own reading, once per word: the scanners ask this of every token they pass, many times over. */
const wordReadings = new WordMemo((text) => readWord(text) | (isModal(text.toLowerCase()) ? MODAL : 0));

/** Whether a token may sit inside a speaking noun phrase (used when scanning away from a reporting verb). */
export function isNounPhraseToken(
  token: Token | undefined,
  previous: Token | undefined,
  next: Token | undefined,
): boolean {
  if (!token) return false;
  if (token.kind === "punct") return token.text === "&";
  if (token.kind !== "word") return false;
  token.reading ??= wordReadings.of(token.text);
  if ((token.reading & MODAL) !== 0 && isModalName(token, previous, next)) return true;
  if (token.lower === "of") {
    const before = bare(previous?.text ?? "");
    return isNameWord(previous) && isNameWord(next) && (TITLE_WORDS.has(before) || ORG_WORDS.has(before));
  }
  const word = token.reading & ~MODAL;
  if (word === NEVER || word === ALWAYS) return word === ALWAYS;
  // "state Rep. Gilda Marsh": a verb's bare form before a title is a noun modifying it.
  const modifiesTitle = (word & CUE_LEMMA) !== 0 && next?.cap === true && TITLE_WORDS.has(bare(next.text));
  // "the report said", "its report found": a document that is a reporting verb's form too, after a determiner.
  const document =
    (word & CUE) !== 0 && isDocumentNoun(token.lower) && DETERMINERS.has(previous?.lower ?? "");
  if (((word & CUE) !== 0 && !modifiesTitle && !document) || (word & LY_ADVERB) !== 0) return false;
  if ((word & PLURAL_VERB) !== 0 && next?.kind === "word" && next.cap) return false;
  if ((word & ED) !== 0) return DETERMINERS.has(previous?.lower ?? "");
  return document || (word & VERB_LIKE) === 0;
}
