/**
 * The subject of a reporting verb: written before it ("Zarif said", "Zarif, Iran's chief interlocutor, wrote",
 * "a spokesman for the campaign said") or as the subject of the clause ("…, saying"); after it ("said Zarif") in
 * subject-after.ts.
 */
import {
  CONJUNCTIONS,
  CUE_FORMS,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  TIME_WORDS,
  VERB_PADDING,
} from "./lexicon.js";
import { isKnownFirstName } from "./lexicon-tags.js";
import { type Mention, makeMention, newMention } from "./mention.js";
import { parseNounPhrase } from "./mentions.js";
import { isMonthSurname, isSurnameMonth } from "./name-words.js";
import { adjunctBefore, complementHead, MAX_NP } from "./noun-phrase-bounds.js";
import { isModalName, isNounPhraseToken } from "./noun-phrase-tokens.js";
import type { Token } from "./tokens.js";
import { isInfinitive, isVerbForm } from "./word-classes.js";

export { MAX_NP };

export function word(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t?.kind === "word" ? t.lower : "";
}

export function isTimeToken(t: Token | undefined): boolean {
  return t?.kind === "word" && TIME_WORDS.has(t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower);
}

/** Built once: a regex literal in a function makes a new object each time it runs, and these run per token. */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;
const TIME_OPENERS = new Set(["on", "late", "early", "last", "this", "in", "at"]);

function isPadding(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  return VERB_PADDING.has(t.lower) || (LY_ADVERB.test(t.text) && t.lower !== "only");
}

/** Skips auxiliaries, adverbs, time adjuncts ("on Saturday") and parentheses leftward from i. */
function skipLeftPadding(tokens: readonly Token[], i: number, lo: number): number {
  let j = i;
  while (j >= lo) {
    const t = tokens[j];
    if (isPadding(t) && !isModalName(t!, tokens[j - 1], tokens[j + 1])) j--;
    else if (isTimeToken(t) && !isMonthSurname(t, tokens[j - 1])) {
      j--;
      while (j >= lo && (isTimeToken(tokens[j]) || TIME_OPENERS.has(word(tokens, j)))) j--;
    } else if (t?.text === ")") {
      while (j >= lo && tokens[j]?.text !== "(") j--;
      j--;
    } else break;
  }
  return j;
}

/**
 * What sets off an appositive: "Zarif, Iran's chief interlocutor, wrote", "Jason Reed — a teacher — says", and the
 * spaced hyphen that stands for a dash ("Jo Hale - who was jailed - said").
 */
const SEPARATORS = new Set([",", "—", "–", "-"]);

/** "Rep. Ann Cole (D-Md.)" → "Rep. Ann Cole". */
function withoutTrailingParenthesis(segment: readonly Token[]): readonly Token[] {
  if (segment.at(-1)?.text !== ")") return segment;
  const open = segment.findLastIndex((t) => t.text === "(");
  return open > 0 ? segment.slice(0, open) : segment;
}

/** The first token from `start` (before `end`) that is not a connective opening a clause ("and", "meanwhile"). */
function pastConnectives(tokens: readonly Token[], start: number, end: number): number {
  let k = start;
  while (k < end && CONJUNCTIONS.has(word(tokens, k))) k++;
  return k;
}

/** Where the comma-separated stretch holding token `i` begins, looking back no further than `lo`. */
function stretchStart(tokens: readonly Token[], i: number, lo: number): number {
  let start = i;
  while (start > lo && !SEPARATORS.has(tokens[start - 1]?.text ?? "") && tokens[start - 1]?.kind !== "quote")
    start--;
  return start;
}

/**
 * "Dana Whitlock, a spokeswoman for the Harbour Trust said": a person opening the clause, with the description
 * (or organisation) after it left without its closing comma. The person is the subject; the rest is an aside.
 * `k` is where the description starts.
 */
function personBeforeAside(tokens: readonly Token[], k: number, lo: number, body: string): Mention | null {
  if (tokens[k - 1]?.text !== ",") return null;
  let start = stretchStart(tokens, k - 1, lo);
  start = pastConnectives(tokens, start, k - 1);
  if (start >= k - 1 || k - 1 - start > MAX_NP) return null;
  const found = parseNounPhrase(tokens.slice(start, k - 1), body);
  // "Elsewhere, the firm said": a lone capitalised word there is as likely an adverb as a surname.
  const named = found?.kind === "person" && (/\s/.test(found.name) || found.titles.length > 0);
  return named ? found : null;
}

/** A comma-separated stretch read from the left: the first stretch that names a speaker. */
function firstSegmentSpeaker(tokens: readonly Token[], lo: number, hi: number, body: string): Mention | null {
  let start = lo;
  let first: Mention | null = null;
  // "Director of Public Appeals, Rhona Deverell, who …, said": an office read as a name yields to a person after it.
  let office: Mention | null = null;
  for (let i = lo; i <= hi; i++) {
    if (i < hi && !SEPARATORS.has(tokens[i]?.text ?? "") && tokens[i]?.kind !== "quote") continue;
    // "As Tom Ruiz, professor of law at Yale, put it", "Meanwhile Oren Castell, …, said"
    start = pastConnectives(tokens, start, i);
    const segment = withoutTrailingParenthesis(tokens.slice(start, i));
    start = i + 1;
    if (segment.length === 0 || segment.length > MAX_NP) continue;
    const found = parseNounPhrase(segment, body);
    if (found?.kind === "person" && !office && isOfficeRead(found)) office = found;
    // "Tuesday in Berea, OH, after winning the state, Gov. Ann Cole (R-OH), said": a person outranks a place.
    else if (found?.kind === "person") return found;
    else first ??= found;
  }
  return office ?? first;
}

/** A title with a prepositional object read as a person, though no first name opens it: "Director of Public Appeals". */
function isOfficeRead(found: Mention): boolean {
  const words = found.name.split(/\s+/);
  return found.titles.length > 0 && !isKnownFirstName(words[0]!) && /\bof\s/i.test(found.text);
}

/**
 * "May said:", "…,” March told reporters": a month that is also a surname, opening its clause right before a
 * reporting verb, is the verb's subject — a date is never the one who speaks. Reads the month at `i`.
 */
function monthSubject(tokens: readonly Token[], i: number): Mention | null {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token || !isSurnameMonth(token)) return null;
  if (previous && previous.kind !== "quote" && !/^[.!?:;,]$/.test(previous.text)) return null;
  return makeMention([token], "person", token.text, token.text);
}

/** The subject written before a reporting verb. */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  lo: number,
  body: string,
): Mention | null {
  const month = cue - 1 >= lo ? monthSubject(tokens, cue - 1) : null;
  if (month) return month;
  const j = skipLeftPadding(tokens, cue - 1, lo);
  const t = tokens[j];
  if (j < lo || !t) return null;
  if (t.kind === "word" && PRONOUNS.has(t.lower)) return parseNounPhrase([t], body);
  if (t.kind === "word" && RELATIVE_PRONOUNS.has(t.lower) && t.lower !== "that") {
    return subjectEndingAt(tokens, tokens[j - 1]?.text === "," ? j - 2 : j - 1, lo, body);
  }
  // "The Rove ad hits Clinton … and claims that …": a second verb shares the clause's subject.
  if (t.kind === "word" && (t.lower === "and" || t.lower === "but"))
    return relativeAntecedent(tokens, j, lo, body) ?? clauseSubject(tokens, lo, j, body);
  // "As Tom Ruiz, … author of “The Unwritten Rules,” put it": a title closes an aside too.
  if (SEPARATORS.has(t.text) || (t.kind === "quote" && j > lo))
    return firstSegmentSpeaker(tokens, lo, j, body);
  const found = subjectEndingAt(tokens, j, lo, body);
  if (found?.kind === "person" && isPossessiveName(t)) return asBusiness(found, body);
  if (found && found.kind !== "person" && found.kind !== "pronoun") {
    let k = j;
    while (k > lo && tokens[k]!.start > found.start) k--;
    const person = personBeforeAside(tokens, k, lo, body);
    if (person) return person;
  }
  const preposition = adjunctBefore(tokens, j, lo);
  if (preposition < 0 || (found && found.start < tokens[preposition]!.start)) return found;
  // "Trump in his announcement speech called", "Sanders on Twitter wrote": the subject precedes the adjunct.
  const subject = subjectBefore(tokens, preposition, lo, body);
  if (!subject) return found;
  if (subject.kind !== "description") return subject;
  // "a staffer in the room wondered", "a statement on her website said": a description before an adjunct that
  // names nobody is who speaks; before a named place or body ("officials in Kabul") the name stays, saying more.
  // One itself after a preposition is in an adjunct too ("In its report on the work the committee said").
  const describedFirst = !found || (found.kind === "description" && !afterPreposition(tokens, subject, lo));
  return describedFirst ? subject : found;
}

/** Whether the word before a mention is a preposition, so the mention is its object. */
function afterPreposition(tokens: readonly Token[], mention: Mention, lo: number): boolean {
  const k = tokens.findIndex((x) => x.start >= mention.start) - 1;
  return k >= lo && PREPOSITIONS.has(word(tokens, k));
}

/** "Foster's said", "Sainsbury's says": a name in the possessive with nothing possessed is a business's name. */
function isPossessiveName(t: Token): boolean {
  return t.kind === "word" && t.cap && /^\p{Lu}\p{Ll}+['’]s$/u.test(t.text);
}

function asBusiness(found: Mention, body: string): Mention {
  const name = body.slice(found.start, found.end);
  return newMention("organisation", name, name, found.start, found.end, null, [], found.head, found.pronoun);
}

/**
 * "host Dan Reid, who backs the inquiry, but has long dismissed …": a verb joined to a relative clause shares its
 * subject, the relative pronoun's antecedent, not the main clause's.
 */
function relativeAntecedent(
  tokens: readonly Token[],
  conjunction: number,
  lo: number,
  body: string,
): Mention | null {
  let start = conjunction - 1;
  if (tokens[start]?.text === ",") start--;
  start = stretchStart(tokens, start, lo);
  const relative = word(tokens, start);
  if (relative !== "who" || tokens[start - 1]?.text !== ",") return null;
  return subjectEndingAt(tokens, start - 2, lo, body);
}

function nounPhraseStart(tokens: readonly Token[], j: number, lo: number): number {
  let k = j;
  while (k > lo && j - k < MAX_NP && !DETERMINERS.has(word(tokens, k))) {
    if (!isNounPhraseToken(tokens[k - 1], tokens[k - 2], tokens[k])) break;
    k--;
  }
  return word(tokens, k) === "that" ? k + 1 : k;
}

const PHRASE_LINKS = new Set(["of", "for", "at", "from", "with"]);

function subjectEndingAt(tokens: readonly Token[], j: number, lo: number, body: string): Mention | null {
  if (!isNounPhraseToken(tokens[j], tokens[j - 1], tokens[j + 1])) return null;
  let k = nounPhraseStart(tokens, j, lo);
  if (k > j) return null;
  // "a spokesman for the campaign said", "Sen. Sherrod Brown of Ohio said"
  if (
    PHRASE_LINKS.has(word(tokens, k - 1)) &&
    k - 2 >= lo &&
    isNounPhraseToken(tokens[k - 2], tokens[k - 3], tokens[k - 1])
  ) {
    const wider = nounPhraseStart(tokens, k - 2, lo);
    if (parseNounPhrase(tokens.slice(wider, j + 1), body)) k = wider;
  }
  const head = complementHead(tokens, k, lo);
  if (head >= 0) return subjectEndingAt(tokens, head, lo, body);
  // "in an effort to disprove Hartley claims": the phrase after an infinitive is its object.
  if (word(tokens, k - 1) === "to" && !tokens[k]?.cap && isInfinitive(word(tokens, k))) return null;
  const before = tokens[k - 1];
  // "former policy planning director Anne Whitcomb": a gerund inside the phrase, before its head.
  const modifier = /ing$/.test(before?.lower ?? "") && /^\p{Ll}/u.test(tokens[k]?.text ?? "");
  if (
    !modifier &&
    before?.kind === "word" &&
    /^\p{Ll}/u.test(before.text) &&
    isVerbForm(before.lower) &&
    !CUE_FORMS.has(before.lower)
  ) {
    return null;
  }
  return parseNounPhrase(tokens.slice(k, j + 1), body);
}

/** The subject of a sentence's main clause: the first comma-separated stretch that opens with a speaker. */
export function clauseSubject(
  tokens: readonly Token[],
  from: number,
  to: number,
  body: string,
): Mention | null {
  let start = from;
  // A person named alone in the stretch just before: "Tom Brill, president of the institute, tied …".
  let named: Mention | null = null;
  for (let i = from; i <= to; i++) {
    if (i < to && !/^[,—–;]$/.test(tokens[i]?.text ?? "")) continue;
    // "And then the governor went on the attack, saying": past the connectives that open the clause.
    while (start < i && /^(?:and|but|so|then|yet|also|now)$/.test(word(tokens, start))) start++;
    let end = start;
    while (
      end < i &&
      end - start < MAX_NP &&
      isNounPhraseToken(tokens[end], tokens[end - 1], tokens[end + 1])
    )
      end++;
    // "On Wednesday, he seemed to indicate …, warning": a pronoun opening the stretch is its subject.
    if (end === start && /^(?:he|she|they)$/.test(word(tokens, start))) end++;
    const found = end > start ? parseNounPhrase(tokens.slice(start, end), body) : null;
    let next = end;
    if (tokens[next]?.text === "(") while (next < i && tokens[next]?.text !== ")") next++;
    if (tokens[next]?.text === ")") next++;
    if (found && next < i && tokens[next]?.kind === "word")
      return found.kind === "description" && named ? named : found;
    named = found?.kind === "person" && next === i && tokens[i]?.text === "," ? found : null;
    start = i + 1;
  }
  return null;
}
