/**
 * "Ban Ki-moon … Ban demurred", "Condoleezza Rice … said Rice": a full name whose words are also common words
 * ("ban", "rice", "brown") is not sure to be a person's by its words alone. Writing its last word alone later, where
 * only a name would be capitalised, shows it is one: a writer repeats a person's surname, not a phrase's last word.
 * Also which names are sure to be a person's by their own words (isStrongName), what the repeat confirms beyond.
 */
import { DETERMINERS, ORG_WORDS, WORD_FIRST_NAMES } from "./lexicon.js";
import {
  isCommonWord,
  isKnownFirstName,
  isLikelyNameWord,
  isOrganisationWord,
  isPlaceWord,
  WordMemo,
} from "./lexicon-tags.js";
import type { Mention } from "./mention.js";
import { givenAndRoleSurname } from "./name-titles.js";
import type { Token } from "./tokens.js";

/** A name found over a paragraph's tokens [start, end), before the article's people are told from the rest. */
export interface FoundName {
  mention: Mention;
  tokens: readonly Token[];
  start: number;
  end: number;
  /** In a headline's words ("Off-colour Gardener storms to win") an adjective may stand before a surname. */
  headline?: boolean;
  /**
   * Whether the name is its clause's subject, kept once asked: confirming surnames, reading lone words and
   * describing the people kept all ask it of the same names.
   */
  subject: boolean | undefined;
}

const SENTENCE_END = /^[.!?]$/;

/**
 * A lone capitalised word that reads as a name: mid-sentence, not after a determiner ("the Rice Bowl"); or opening
 * its sentence as the subject of a verb ("Rice arrived", not "Rice prices rose").
 */
export function readsAsName(found: FoundName, isSubject: (found: FoundName) => boolean): boolean {
  const previous = found.tokens[found.start - 1];
  if (!previous || previous.kind === "quote" || SENTENCE_END.test(previous.text)) return isSubject(found);
  return !(previous.kind === "word" && DETERMINERS.has(previous.lower));
}

/**
 * Two or three capitalised words, none an organisation's, the first a given name's ("Condoleezza Rice"): what a
 * person's full name may be. A first word that is also a common word is more often an opener ("Given Sanders",
 * "Interestingly Blocher").
 */
function mayBeFullName(mention: Mention): boolean {
  if (mention.kind !== "person") return false;
  const words = mention.name.split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || words.length > 3 || isPlaceWord(first)) return false;
  if (!isKnownFirstName(first) && (isCommonWord(first) || !isLikelyNameWord(first))) return false;
  return words.every(
    (w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !isOrganisationWord(w),
  );
}

function lastWord(name: string): string {
  return /\S*$/.exec(name)![0];
}

/**
 * Which of the names found, not already sure to be a person's (`strong`), are confirmed by their last word written
 * alone later where it reads as a name.
 */
export function confirmedByRepeat(
  found: readonly FoundName[],
  strong: readonly boolean[],
  isSubject: (found: FoundName) => boolean,
): boolean[] {
  const unconfirmed = found.map((f, k) => !strong[k] && !f.headline && mayBeFullName(f.mention));
  // Only the surnames of names left to confirm are looked for alone: most articles have none, and whether a lone
  // word is its clause's subject is the costly question.
  const surnames = new Set(found.filter((_, k) => unconfirmed[k]).map((f) => lastWord(f.mention.name)));
  const lastAlone = new Map<string, number>();
  for (const [k, f] of found.entries()) {
    // Only as a clause's subject ("…, Rice stayed silent"): a lone word after "of" or "for" may end a body's name.
    if (!surnames.has(f.mention.name) || !isSubject(f)) continue;
    lastAlone.set(f.mention.name, k);
  }
  return found.map((f, k) => unconfirmed[k]! && (lastAlone.get(lastWord(f.mention.name)) ?? -1) > k);
}

/**
 * The surnames only a repeat made sure of (`confirmed`, not `sure`): also common words, so alone they are the
 * person's only where they read as a name.
 */
export function unsureSurnames(
  found: readonly FoundName[],
  sure: readonly boolean[],
  confirmed: readonly boolean[],
): Set<string> {
  const surnameOf = (f: FoundName) => lastWord(f.mention.name).toLowerCase();
  const unsure = new Set(found.filter((_, k) => confirmed[k]).map(surnameOf));
  for (const f of found.filter((_, k) => sure[k])) unsure.delete(surnameOf(f));
  return unsure;
}

/** A name sure to be a person's: a title, a known first name, or words the lexicon knows only as names. */
export function isStrongName(mention: Mention): boolean {
  // One word is never strong (readStrength): most names a corpus repeats are lone surnames, spared the lookup.
  if (isOneWord(mention)) return false;
  return (mention.titles.length > 0 ? strongTitled : strongUntitled).of(mention.name);
}

function readStrength(name: string, titled: boolean): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  // "Dana Woods", "Jane Fox": after a known first name, a capitalised common word is a surname.
  if (isKnownFirstName(words[0]!) && !isPlaceWord(words[0]!)) return !words.slice(1).some(isOrgWord);
  // "Bill McInturff", "Frank Lampard": a first name that is also a word ("bill", "frank") before words that can
  // only be names; a common or organisation word after it ("Grace Church", "Rose Garden") keeps it no name.
  if (WORD_FIRST_NAMES.has(words[0]!.toLowerCase()))
    return words.slice(1).every((w) => isLikelyNameWord(w) && !isCommonWord(w) && !isOrgWord(w));
  // "MP Oona King": a role word after a given name the title introduced is the surname.
  if (titled)
    return (
      !words.some((w) => isCommonWord(w)) || (words.length === 2 && givenAndRoleSurname(words[0]!, words[1]!))
    );
  return words.every((w) => isLikelyNameWord(w));
}

function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase()) || isOrganisationWord(word);
}

/** Each name's strength, once per name with a title and once without: a corpus names its people many times. */
const strongTitled = new WordMemo((name) => readStrength(name, true));
const strongUntitled = new WordMemo((name) => readStrength(name, false));

/** Built once: a regex literal in a function makes a new object per run, and this runs for every name found. */
const WHITE_SPACE = /\s/;

export function isOneWord(m: Mention): boolean {
  return !WHITE_SPACE.test(m.name);
}
