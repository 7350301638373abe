/**
 * Text without punctuation cut into clauses: a new clause begins where a subject and a verb follow a complete
 * one, or where a subordinator or discourse word takes the narration up again. frame-quotes.ts decides which
 * clauses a reporting frame claims.
 */
import type { NameSpan, Word } from "./frame-names.js";
import { CUE_FORMS, DETERMINERS, PREPOSITIONS } from "./lexicon.js";
import { isFiniteVerb, isVerbForm } from "./word-classes.js";

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "there"]);
const CLAUSE_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "no",
  "this",
  "that",
  "these",
  "those",
  "every",
  "each",
  "both",
  "all",
  "some",
  "many",
  "his",
  "her",
  "their",
  "our",
  "my",
]);
const AUXILIARIES = new Set(
  `am is are was were have has had will would can cannot could should may might must do does did don didn doesn won wasn
  isn aren couldn shouldn wouldn s re ll ve d m`.split(/\s+/),
);
const SUBORDINATORS = new Set([
  "as",
  "if",
  "when",
  "while",
  "although",
  "though",
  "because",
  "since",
  "after",
  "before",
  "but",
]);
/** Words with which the reporter's narration picks up again mid-stream: "… in fact just the opposite". */
const DISCOURSE = /^(?:in fact|however|meanwhile|instead|indeed|even so)$/;
const BLOCKS_CLAUSE = new Set(
  `and or but that than what which who whom whose when where why how whether if because so as while although though
  until since after before`.split(/\s+/),
);
const SPEECH_WORDS = new Set([
  "i",
  "we",
  "me",
  "us",
  "our",
  "my",
  "you",
  "your",
  "ourselves",
  "myself",
  "yourself",
]);
export const MAX_WORDS = 60;

export interface Clause {
  from: number;
  to: number;
  /** Opens with "as", "if", "when"…: the reporter's narration picking up again. */
  subordinate: boolean;
}

function isVerbish(word: string | undefined): boolean {
  return word !== undefined && (AUXILIARIES.has(word) || isVerbForm(word) || /ed$/.test(word));
}

const PRONOUN_QUANTIFIERS = new Set(["all", "this", "these", "those", "both", "some", "many"]);

/** A finite verb among words [from, to] before the noun phrase ends: "the iranians have", "both sides appear". */
function verbWithin(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = words[k]?.text ?? "";
    const before = words[k - 1]?.text ?? "";
    const finite = isFiniteVerb(w) || /ed$/.test(w) || (isVerbForm(w) && /s$/.test(before));
    if (AUXILIARIES.has(w) || (finite && !/ly$/.test(before) && !/ing$/.test(w))) return true;
    const newPhrase = DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || PREPOSITIONS.has(w);
    if ((BLOCKS_CLAUSE.has(w) && w !== "and") || CUE_FORMS.has(w) || newPhrase) return false;
  }
  return false;
}

export function startsClause(words: readonly Word[], names: NameIndex, i: number): boolean {
  const w = words[i]?.text;
  if (w === undefined) return false;
  if (SUBJECT_PRONOUNS.has(w)) return isVerbish(words[i + 1]?.text);
  if (PRONOUN_QUANTIFIERS.has(w) && AUXILIARIES.has(words[i + 1]?.text ?? "")) return true;
  if (CLAUSE_DETERMINERS.has(w)) {
    const previous = words[i - 1]?.text ?? "";
    const gerund =
      /ing$/.test(previous) &&
      (PREPOSITIONS.has(words[i - 2]?.text ?? "") || AUXILIARIES.has(words[i - 2]?.text ?? ""));
    const objectOfVerb = (isVerbForm(previous) && !/ing$/.test(previous)) || gerund;
    return !objectOfVerb && verbWithin(words, i + 2, i + 6);
  }
  if (words[i + 1]?.text === "s" && names.surnames.has(w)) return verbWithin(words, i + 3, i + 4);
  const name = names.byFrom.get(i);
  if (name) return isVerbish(words[name.to]?.text);
  return names.surnames.has(w) && isVerbish(words[i + 1]?.text);
}

/** Name spans with the set of surnames they give, for spotting a clause that opens with a name. */
export interface NameIndex {
  /** In order of `from`. */
  spans: readonly NameSpan[];
  byFrom: ReadonlyMap<number, NameSpan>;
  surnames: ReadonlySet<string>;
}

/** The first name starting after word `after` (binary search, so each clause costs little however long the text). */
export function firstNameAfter(spans: readonly NameSpan[], after: number): NameSpan | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.from > after) high = mid;
    else low = mid + 1;
  }
  return spans[low];
}

function blocked(word: string | undefined): boolean {
  if (word === undefined) return false;
  return (
    BLOCKS_CLAUSE.has(word) ||
    PREPOSITIONS.has(word) ||
    DETERMINERS.has(word) ||
    AUXILIARIES.has(word) ||
    CUE_FORMS.has(word)
  );
}

/** Splits words [from, to) where a new clause begins after a complete one. */
export function clauses(words: readonly Word[], names: NameIndex, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let start = from;
  let subordinate = SUBORDINATORS.has(words[from]?.text ?? "");
  for (let i = from + 1; i < to; i++) {
    if (blocked(words[i - 1]?.text)) continue;
    const pair = `${words[i]!.text} ${words[i + 1]?.text ?? ""}`;
    const discourse = DISCOURSE.test(pair) || DISCOURSE.test(words[i]!.text);
    const sub = discourse || (SUBORDINATORS.has(words[i]!.text) && startsClause(words, names, i + 1));
    if (!sub && !startsClause(words, names, i)) continue;
    out.push({ from: start, to: i, subordinate });
    start = i;
    subordinate = sub;
  }
  if (start < to) out.push({ from: start, to, subordinate });
  return out;
}

export function speechLike(words: readonly Word[], clause: Clause | undefined): boolean {
  if (!clause) return false;
  for (let i = clause.from; i < clause.to; i++) if (SPEECH_WORDS.has(words[i]!.text)) return true;
  return false;
}
