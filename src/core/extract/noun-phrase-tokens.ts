/**
 * Token by token: whether a word can stand inside a noun phrase that speaks, or in a capitalised name. The
 * scanners that walk away from a reporting verb ask this of every token they pass.
 */
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
import { bare } from "./name-titles.js";
import { isNameWord } from "./name-words.js";
import type { Token } from "./tokens.js";
import { isFiniteVerb, isModal, isSpeakingNoun, isVerbLike } from "./word-classes.js";

const LY_NOUNS = new Set(
  "family ally rally assembly supply monopoly anomaly bully belly folly homily".split(" "),
);

/** "quickly", "repeatedly": an adverb ends a noun phrase even when the lexicon does not know it. */
function isLyAdverb(lower: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(lower) && !LY_NOUNS.has(lower);
}

/** A tense no modal can take before it: "wrote", "claims", "has", "urged". */
function isTensed(token: Token | undefined): boolean {
  if (token?.kind !== "word" || token.cap) return false;
  const lemma = CUE_FORMS.get(token.lower);
  return (
    (lemma !== undefined && lemma !== token.lower) ||
    /^(?:has|had|is|was)$/.test(token.lower) ||
    /\p{L}{2}ed$/u.test(token.lower) ||
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
  const opening = !previous || previous.kind === "quote" || /^[.!?:;"“]$/.test(previous.text);
  return !opening || isTensed(next);
}

/** "there's", "that’s": asked of every token scanned, so without a regular expression. */
function endsInApostropheS(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower[n - 2] === "'" || lower[n - 2] === "’");
}

/** Whether a token may sit inside a speaking noun phrase (used when scanning away from a reporting verb). */
export function isNounPhraseToken(
  token: Token | undefined,
  previous: Token | undefined,
  next: Token | undefined,
): boolean {
  if (!token) return false;
  if (token.kind === "punct") return token.text === "&";
  if (token.kind !== "word") return false;
  const lower = token.lower;
  if (isModalName(token, previous, next)) return true;
  if (lower === "of") {
    const before = bare(previous?.text ?? "");
    return isNameWord(previous) && isNameWord(next) && (TITLE_WORDS.has(before) || ORG_WORDS.has(before));
  }
  // "There’s still time": a contracted "is" after a function word, not a possessive.
  if (endsInApostropheS(lower)) {
    const contracted = lower.slice(0, -2);
    if ((contracted === "that" || NON_NOUN_WORDS.has(contracted)) && !isModal(contracted)) return false;
  }
  if (lower === "that" || NON_NOUN_WORDS.has(lower) || PREPOSITIONS.has(lower) || lower.endsWith("self"))
    return false;
  if (CONJUNCTIONS.has(lower) || PRONOUNS.has(lower)) return false;
  if (!/^\p{Ll}/u.test(token.text)) return true;
  // "state Rep. Gilda Marsh": a verb's bare form before a title is a noun modifying it.
  const modifiesTitle =
    CUE_FORMS.get(lower) === lower && next?.cap === true && TITLE_WORDS.has(bare(next.text));
  if ((CUE_FORMS.has(lower) && !modifiesTitle) || isLyAdverb(lower)) return false;
  // "The Tillman ad hits Hartley": a plural that names no speaker does not modify a name; it is a verb before
  // its object.
  if (/[^s]s$/.test(lower) && next?.kind === "word" && next.cap && !isSpeakingNoun(lower)) return false;
  const afterDeterminer = DETERMINERS.has(previous?.lower ?? "");
  if (/ed$/.test(lower)) return afterDeterminer;
  return !isVerbLike(lower);
}
