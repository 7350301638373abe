/**
 * Titles and the names they stand before: "Sen.", "Foreign Minister", "White House Press Secretary", and the
 * gender an honorific, a first name or a role word tells.
 */

import {
  GENDERED_TITLES,
  HONORIFICS,
  ORG_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WORD_FIRST_NAMES,
} from "./lexicon.js";
import {
  describesRatherThanNames,
  firstNameGender,
  isCommonWord,
  isKnownFirstName,
  isLikelyNameWord,
  isPlaceWord,
} from "./lexicon-tags.js";
import type { Token } from "./tokens.js";
import { namesOnePerson } from "./word-classes.js";

/** A word lowercased without a closing full stop ("Sen." → "sen"); a character test, as it runs on most words. */
export function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === FULL_STOP ? lower.slice(0, -1) : lower;
}

const FULL_STOP = 46;

/** Title words that are also names, ranks or brands ("Burger King", "General Motors"): no role ends a body's name so. */
const NAME_TITLES = new Set(
  `king queen prince princess pope lord lady sir dame baron baroness emir sultan sheikh ayatollah father rev
  reverend marine general major captain state first judge justice candidate hopeful nominee officer`.split(
    /\s+/,
  ),
);

/**
 * "a senior Tory MP", "the Senate Majority Leader", "a UK Independence Party MEP": a run of capitalised words closed
 * by a person's role describes the person holding it, whatever body the words before it name.
 */
export function endsInRole(run: readonly Token[]): boolean {
  const last = bare(run[run.length - 1]?.text ?? "");
  // "Paul Boateng MP", "Audit Committee Peter Ainsworth MP": a name before the role is the person's own.
  return (
    run.length > 1 &&
    !run.slice(0, -1).some((t) => isKnownFirstName(t.text)) &&
    TITLE_WORDS.has(last) &&
    !TITLE_MODIFIERS.has(last) &&
    !HONORIFICS.has(last) &&
    !NAME_TITLES.has(last)
  );
}

export function isAcronym(word: string): boolean {
  // "B&B", "AT&T": an ampersand joins initials too.
  return /^\p{Lu}{2,6}$/u.test(word.replace(/[.&]/g, "")) && !/^(?:U\.?S|U\.?K)\.?$/u.test(word);
}

/** The gender a title states ("Mr.", "Congresswoman"), or null. */
export function titleGender(titles: readonly string[]): "male" | "female" | null {
  for (const title of titles) {
    const gender = GENDERED_TITLES.get(title);
    if (gender) return gender;
  }
  return null;
}

/** An honorific ("Ms."), else the first name, else a role word ("spokesman" is said of women too). */
export function genderOf(titles: readonly string[], nameWords: readonly string[]): "male" | "female" | null {
  const honorific = titleGender(titles.filter((t) => HONORIFICS.has(t)));
  const first = nameWords.length > 1 && nameWords[0] ? firstNameGender(nameWords[0]) : null;
  return honorific ?? first ?? titleGender(titles);
}

/** A title word, or titles joined by hyphens as some papers write them: "Vice-President", "Lieutenant-General". */
function isTitleWord(lower: string): boolean {
  return (
    TITLE_WORDS.has(lower) || (lower.includes("-") && lower.split("-").every((part) => TITLE_WORDS.has(part)))
  );
}

/**
 * Splits the words after any possessive into leading titles and the name proper. Besides title words, roles and
 * adjectives go ("Boss Henk Vos", "Angry Robinson"), and anything before a known first name: "Tory Liam Fox",
 * "Euro MP Robert Kilroy-Silk".
 */
export function splitTitles(words: readonly Token[]): { titles: string[]; name: Token[] } {
  let i = 0;
  const titles: string[] = [];
  while (i < words.length - 1) {
    const lower = bare(words[i]!.text);
    const ofInTitle = lower === "of" && i > 0 && TITLE_WORDS.has(bare(words[i + 1]?.text ?? ""));
    if (!isTitleWord(lower) && !ofInTitle && !isPlaceWord(lower)) break;
    titles.push(lower);
    i++;
  }
  // "Boss Henk Vos", "Angry Robinson": a role or an adjective before a name is not a first name.
  while (
    i < words.length - 1 &&
    !isKnownFirstName(words[i]!.text) &&
    describesRatherThanNames(words[i]!.text) &&
    words.slice(i + 1).every((w) => isLikelyNameWord(w.text) && !isCommonWord(w.text))
  ) {
    titles.push(bare(words[i]!.text));
    i++;
  }
  const firstName = words.findIndex((w, k) => k >= i && k < words.length - 1 && isKnownFirstName(w.text));
  const prefix = words.slice(i, Math.max(i, firstName));
  if (firstName > i && prefix.some(describesInPrefix) && !prefix.some((w) => isKnownFirstName(w.text))) {
    titles.push(...words.slice(i, firstName).map((w) => bare(w.text)));
    i = firstName;
  }
  return { titles, name: words.slice(i) };
}

/**
 * "Minister Hazel Blears", "MP Jean Corston": after a role, two or three capitalised words ending in one known only
 * as a name read as a given name and a surname, though the given name is also a common word.
 */
function isGivenAndSurname(name: readonly Token[]): boolean {
  if (name.length < 2 || name.length > 3 || name.some(describesInName)) return false;
  const last = name.at(-1)!.text;
  return name.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text)) && isLikelyNameWord(last) && !isCommonWord(last);
}

/**
 * "MP Oona King", "Canon Ruth Bishop": after a role, a given name known only as a name (no list holds it) and a
 * role word written as a surname — no title is written after a name.
 */
function isGivenAndRoleSurname(name: readonly Token[]): boolean {
  return name.length === 2 && !describesInName(name[0]!) && givenAndRoleSurname(name[0]!.text, name[1]!.text);
}

/** "Oona King": a given name no list holds nor any common word spells, then a role word (not an organisation's). */
export function givenAndRoleSurname(given: string, surname: string): boolean {
  const lower = bare(surname);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    isLikelyNameWord(given) &&
    !isCommonWord(given) &&
    TITLE_WORDS.has(lower) &&
    !ORG_WORDS.has(lower)
  );
}

/**
 * A word before a first name that describes the person: a title, an organisation, an acronym, a common word, a
 * role ("Guitarist Brian May", "Solicitor Gareth Pierce").
 */
function describesInPrefix(w: Token): boolean {
  const lower = bare(w.text);
  return (
    TITLE_WORDS.has(lower) ||
    ORG_WORDS.has(lower) ||
    isAcronym(w.text) ||
    !isLikelyNameWord(w.text) ||
    namesOnePerson(lower)
  );
}

/** A word no personal name contains: an organisation, a title, an acronym. */
function describesInName(w: Token): boolean {
  return ORG_WORDS.has(bare(w.text)) || TITLE_WORDS.has(bare(w.text)) || isAcronym(w.text);
}

/** Words each of which can only be a name. */
function onlyNames(words: readonly Token[]): boolean {
  return words.every((w) => isLikelyNameWord(w.text) && !isCommonWord(w.text));
}

/** Words that can only be a person's name: a known first name first, or words known only as names. */
export function looksPersonal(name: readonly Token[]): boolean {
  if (name.length === 0) return false;
  if (name.some(describesInName)) return false;
  // "Bill O'Reilly", "Frank Lampard": a first name that is also a word, before words that can only be names.
  const wordFirstName =
    name.length > 1 && WORD_FIRST_NAMES.has(bare(name[0]!.text)) && onlyNames(name.slice(1));
  return isKnownFirstName(name[0]!.text) || wordFirstName || onlyNames(name);
}

/**
 * Where the name starts after a title inside a capitalised run ("White House Press Secretary Dan Ortiz",
 * "FBI Director Ray Hollis", "US President Barack Obama"), or -1: the words before it describe the person.
 */
export function nameAfterTitle(words: readonly Token[]): number {
  for (let t = words.length - 2; t >= 0; t--) {
    const lower = bare(words[t]!.text);
    if (!TITLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower)) continue;
    const name = words.slice(t + 1);
    return looksPersonal(name) || isGivenAndSurname(name) || isGivenAndRoleSurname(name) ? t + 1 : -1;
  }
  return -1;
}

/** "Chief Secretary to the Treasury Paul Boateng attacked …": a title's "to" is inside the subject. */
export function titleGoesOn(token: Token | undefined, previous: Token | undefined): boolean {
  return token?.lower === "to" && previous?.cap === true && TITLE_WORDS.has(bare(previous.text));
}

/**
 * "the Treasury Paul Boateng", "the Kremlin Dmitri Orlov": after "the", the words before a known first name are
 * the body the person belongs to (nobody writes "the Paul Boateng"); the name starts at the first name.
 */
export function afterDescribedBody(tokens: readonly Token[], i: number, j: number): number {
  if (tokens[i - 1]?.lower !== "the") return i;
  for (let k = i + 1; k < j; k++) if (isKnownFirstName(tokens[k]!.text)) return k;
  return i;
}
