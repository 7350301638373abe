/**
 * Noun phrases that can speak: a person's name (titles stripped), an organisation, a pronoun or a description
 * ("a State Department official"). Parsing works on tokens already cut out around a reporting verb.
 */

import { isDocumentNoun } from "./document-issuer.js";
import {
  ADDRESSED_ROLES,
  CUE_FORMS,
  DETERMINERS,
  NON_NOUN_WORDS,
  ORG_WORDS,
  ORGANISATION_ENDINGS,
  PLACE_STARTERS,
  PRONOUNS,
  SURNAME_HONORIFICS,
  TIME_WORDS,
  TITLE_WORDS,
} from "./lexicon.js";
import {
  isCommonWord,
  isKnownFirstName,
  isLikelyNameWord,
  isNationalityNoun,
  isOrganisationWord,
  isPlaceWord,
} from "./lexicon-tags.js";
import { type Mention, makeMention, reworded } from "./mention.js";
import {
  bare,
  endsInRole,
  genderOf,
  isAcronym,
  looksPersonal,
  nameAfterTitle,
  splitTitles,
} from "./name-titles.js";
import { isFunctionWord, isNameWord } from "./name-words.js";
import { keptReading } from "./noun-phrase-readings.js";
import { isNounPhraseToken } from "./noun-phrase-tokens.js";
import { organisationNameStart, organisationWithObject } from "./organisation-names.js";
import { stripPossessive, type Token } from "./tokens.js";
import { isModal, isNounHead, isVerbLike } from "./word-classes.js";

/**
 * Patterns read for every phrase the scanners try, built once: a regex literal in a function makes a new object
 * each time it runs.
 */
const ONE_OF = /^(?:an?|one|another)$/;
const POSSESSIVE_END = /['’]s?$/u;
const POSSESSIVE_S_END = /['’]s$/u;
const CONTRACTION_END = /['’](?:d|s|ll|re|ve|m)$/u;
const LETTER = /\p{L}/u;
const WHITE_SPACE = /\s/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_START = /^\p{Ll}/u;
const VERB_ENDING = /(?:ly|ing|ed)$/;

function classifyCapitalised(np: readonly Token[], run: readonly Token[], body: string): Mention {
  const lastPossessive = lastPossessiveBefore(run, run.length - 1);
  const afterPossessive = lastPossessive >= 0 ? run.slice(lastPossessive + 1) : run;
  const titled = nameAfterTitle(afterPossessive);
  // "CNN's Ana Ferris", "Senate Majority Leader Ray Hollis": a person despite the organisation before.
  const split = splitTitles(afterPossessive);
  const untitled = split.name;
  // "Paul Irish" (not a demonym): a known first name before the last word makes a person; not "Christian Aid".
  const bodyEnding = ORGANISATION_ENDINGS.has(bare(untitled[untitled.length - 1]?.text ?? ""));
  const firstNamed =
    untitled.length > 1 && isKnownFirstName(untitled[0]!.text) && !isPlaceWord(untitled[0]!.lower);
  const personal =
    titled > 0 || (firstNamed && !bodyEnding) || (lastPossessive >= 0 && looksPersonal(untitled));
  const runLowers = run.map((t) => bare(stripPossessive(t.text).base));
  const afterLowers = runLowers.slice(runLowers.length - afterPossessive.length);
  // "a senior Tory MP": one of the people holding the role, not a body nor a person named "Tory MP". Only after
  // "a": "the Senate Majority Leader" is as often written for a Source's name.
  const oneHolder = ONE_OF.test(np[0]!.lower) && endsInRole(afterPossessive) && titled <= 0;
  const orgLike =
    !personal &&
    !oneHolder &&
    (runLowers.some((w) => ORG_WORDS.has(w) || isOrganisationWord(w)) ||
      (run.length === 1 &&
        !TITLE_WORDS.has(runLowers[0]!) &&
        (isAcronym(run[0]!.text) || isPlaceWord(runLowers[0]!))) ||
      PLACE_STARTERS.has(afterLowers[0] ?? "") ||
      (afterLowers.length > 1 && isPlaceWord(afterLowers[afterLowers.length - 1]!)));
  const text = body.slice(np[0]!.start, np[np.length - 1]!.end).replace(POSSESSIVE_END, "");
  if (orgLike) {
    const name = body.slice(run[0]!.start, run[run.length - 1]!.end).replace(POSSESSIVE_END, "");
    return makeMention(np, "organisation", name, text);
  }
  if (oneHolder) {
    return makeMention(np, "description", text, text, null, [], bare(run[run.length - 1]!.text));
  }
  const { titles, name } =
    titled > 0
      ? {
          titles: afterPossessive.slice(0, titled).map((t) => bare(t.text)),
          name: afterPossessive.slice(titled),
        }
      : split;
  const lowerTitles = titleWords(np, run[0]!.start, titles);
  const nameWords = name.map((t) => t.text.replace(POSSESSIVE_S_END, ""));
  const fullName = body.slice(name[0]!.start, name[name.length - 1]!.end).replace(POSSESSIVE_S_END, "");
  const onlyTitles =
    name.length === 1 &&
    TITLE_WORDS.has(bare(name[0]!.text)) &&
    !surnameAfterHonorific(lowerTitles, name[0]!);
  if (onlyTitles) {
    return makeMention(np, "description", text, text, null, lowerTitles, bare(name[0]!.text));
  }
  return makeMention(np, "person", fullName, text, genderOf(lowerTitles, nameWords), lowerTitles);
}

/** The last of `run`'s first `end` words written in the possessive ("CNN's"), or -1. */
function lastPossessiveBefore(run: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) if (stripPossessive(run[k]!.text).possessive) return k;
  return -1;
}

/** The title words among the words before a name's run (`runStart`) and the titles split from it, in order. */
function titleWords(np: readonly Token[], runStart: number, titles: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of np) {
    if (t.start >= runStart) continue;
    const word = bare(t.text);
    if (TITLE_WORDS.has(word)) out.push(word);
  }
  for (const title of titles) if (TITLE_WORDS.has(title)) out.push(title);
  return out;
}

/** "Ms King": the role word after a courtesy title is her surname. */
function surnameAfterHonorific(titles: readonly string[], word: Token): boolean {
  const last = titles[titles.length - 1];
  return last !== undefined && SURNAME_HONORIFICS.has(last) && !ADDRESSED_ROLES.has(bare(word.text));
}

/**
 * A lone capitalised word the lexicon knows as a common word: a plural noun is a description ("Officials",
 * "Critics"), an adverb or verb form is nothing ("Shortly", "Asked"), anything else is a surname ("Pence", "Bond").
 */
function singleCapitalised(token: Token): Mention | null | "name" {
  const lower = token.lower;
  // A capitalised modal ("Will wrote") or title ("King says", not a verb in -ing) read as a phrase may be a surname.
  if (ORG_WORDS.has(lower) || isModal(lower) || TITLE_WORDS.has(lower)) return "name";
  if (VERB_ENDING.test(lower) || isVerbLike(lower) || TIME_WORDS.has(bare(stripPossessive(lower).base)))
    return null;
  if (/s$/.test(lower) && isCommonWord(token.text) && isNounHead(lower)) {
    return makeMention([token], "description", token.text, token.text, null, [], lower);
  }
  return "name";
}

/** "22-year-old": an age written as one word. */
const AGE_HEAD = /^\d{1,3}-year-old$/;

const PHRASE_PREPOSITIONS = new Set(["of", "for", "at", "from", "with", "in", "on"]);

/** Reads a noun phrase that fills `tokens` entirely; null when it is not something that can speak. */
export function parseNounPhrase(tokens: readonly Token[], body: string): Mention | null {
  return keptReading(tokens, body, readNounPhrase);
}

function readNounPhrase(tokens: readonly Token[], body: string): Mention | null {
  const split = tokens.findIndex(
    (t, i) =>
      i > 0 && PHRASE_PREPOSITIONS.has(t.lower) && !isNounPhraseToken(t, tokens[i - 1], tokens[i + 1]),
  );
  if (split < 0) return parseSimple(tokens, body);
  const head = parseSimple(tokens.slice(0, split), body);
  const object = tokens.slice(split + 1);
  const objectValid =
    object.length > 0 &&
    object.every((t, i) => isNounPhraseToken(t, object[i - 1], object[i + 1]) || DETERMINERS.has(t.lower));
  if (!head || head.kind === "pronoun" || !objectValid) return null;
  const text = body.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  // "Ashford director of rugby Colm Devery": a role whose object ends in a person's full name titles that person.
  if (head.kind === "description" && TITLE_WORDS.has(head.head ?? "") && !DETERMINERS.has(tokens[0]!.lower)) {
    const named = parseSimple(object, body);
    const written = body.slice(object[0]!.start, object[object.length - 1]!.end);
    if (named?.kind === "person" && named.name !== written && WHITE_SPACE.test(named.name)) {
      // "leader of the Commons Oliver Heald": the name starts at a known first name when one follows.
      const words = named.name.split(/\s+/);
      const given = words.findIndex((w, i) => i < words.length - 1 && isKnownFirstName(w));
      const name = given > 0 ? words.slice(given).join(" ") : named.name;
      return reworded(named, name, text, tokens[0]!.start, named.end);
    }
  }
  const organisation = organisationWithObject(head, tokens, split, body);
  if (organisation) return organisation;
  const end = tokens[tokens.length - 1]!.end;
  return reworded(head, head.kind === "description" ? text : head.name, text, head.start, end);
}

/**
 * "the Salford MP", "the Ealing North MP": after "the", capitalised words no name opens, closed by a role — a person
 * described by the seat or place the role is held for, not a name (nobody writes "the Hazel Blears").
 */
function placeRole(np: readonly Token[]): boolean {
  if (np.length < 3 || np[0]!.lower !== "the" || !TITLE_WORDS.has(bare(np[np.length - 1]!.text)))
    return false;
  const words = np.slice(1, -1);
  return words.every(
    (t) =>
      t.cap && !isKnownFirstName(t.text) && !TITLE_WORDS.has(bare(t.text)) && !ORG_WORDS.has(bare(t.text)),
  );
}

/** Whether every token is a word or "&", and some token holds a letter. */
function onlyWords(tokens: readonly Token[]): boolean {
  let letter = false;
  for (const t of tokens) {
    if (t.kind !== "word" && t.text !== "&") return false;
    letter ||= LETTER.test(t.text);
  }
  return letter;
}

/** Whether each word may stand in the phrase. A capitalised modal is in it only when read as a surname (isModalName). */
function allInPhrase(np: readonly Token[]): boolean {
  for (let i = 0; i < np.length; i++) {
    const t = np[i]!;
    const fits =
      isNounPhraseToken(t, np[i - 1], np[i + 1]) ||
      (i === 0 && DETERMINERS.has(t.lower)) ||
      (t.cap && isModal(t.lower));
    if (!fits) return false;
  }
  return true;
}

function parseSimple(tokens: readonly Token[], body: string): Mention | null {
  // Only words and "&" make a phrase, so the phrase is the tokens themselves: read in place, not copied.
  const np = tokens;
  if (np.length === 0 || !onlyWords(np)) return null;
  const first = np[0]!;
  const pronounWord = first.lower.replace(CONTRACTION_END, "");
  if (np.length === 1 && PRONOUNS.has(pronounWord)) {
    const pronoun = PRONOUNS.get(pronounWord)!;
    const gender = pronoun === "male" || pronoun === "female" ? pronoun : null;
    return makeMention(np, "pronoun", first.text, first.text, gender, [], undefined, pronoun);
  }
  if (!allInPhrase(np)) return null;
  if (np.length === 1 && CAPITALISED_WORD.test(first.text) && !isLikelyNameWord(first.text)) {
    const single = singleCapitalised(first);
    if (single !== "name") return single;
  }
  let runEnd = np.length;
  while (runEnd > 0 && !isNameWord(np[runEnd - 1], np[runEnd - 2])) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && isNameWord(np[runStart - 1], np[runStart - 2])) runStart--;
  while (runStart < runEnd && !np[runStart]!.cap) runStart++;
  runStart = organisationNameStart(np, runStart);
  const text = body.slice(first.start, np[np.length - 1]!.end);
  const tail = np.slice(runEnd);
  if (runEnd > runStart && tail.length === 0) {
    // "a Twitter comment", "a Trumpian post": a capitalised word after "a" qualifies a noun; it does not speak.
    if (/^an?$/.test(first.lower) && runEnd - runStart === 1 && np.length === 2) return null;
    // "the Australian said": a person described by nationality (resolve-mentions.ts finds which), not a country.
    if (first.lower === "the" && np.length === 2 && isNationalityNoun(np[1]!.text)) {
      return makeMention(np, "description", text, text, null, [], np[1]!.lower);
    }
    if (placeRole(np)) {
      const head = bare(np[np.length - 1]!.text);
      return makeMention(np, "description", text, text, null, [], head);
    }
    return classifyCapitalised(np, np.slice(runStart, runEnd), body);
  }
  // "Dr Ada Lyle games director at …": a name opened by a courtesy title, then her role without a comma.
  if (runStart === 0 && runEnd > 2 && SURNAME_HONORIFICS.has(bare(first.text)) && tail.every((t) => !t.cap)) {
    const named = classifyCapitalised(np.slice(0, runEnd), np.slice(0, runEnd), body);
    if (named.kind === "person") return reworded(named, named.name, text, named.start, named.end);
  }
  const head = np[np.length - 1]!;
  // "the 22-year-old said": an age stands for the person (named-before.ts reads whom).
  if (np.length === 2 && first.lower === "the" && AGE_HEAD.test(head.lower))
    return makeMention(np, "description", text, text, null, [], head.lower);
  if (
    head.kind !== "word" ||
    !LOWERCASE_START.test(head.text) ||
    (CUE_FORMS.has(head.lower) && !(np.length > 1 && isDocumentNoun(head.lower))) ||
    POSSESSIVE_END.test(head.text)
  )
    return null;
  if (NON_NOUN_WORDS.has(head.lower) || isFunctionWord(head.lower)) return null;
  // "the station", "the ministry": a body's noun is a noun head though the lexicon may not know it as one.
  if (!isNounHead(head.lower) && !ORG_WORDS.has(head.lower)) return null;
  if (ORG_WORDS.has(head.lower) && runEnd > runStart) {
    return makeMention(np, "organisation", text.replace(/^the\s+/i, ""), text);
  }
  return makeMention(np, "description", text, text, null, [], head.lower);
}
