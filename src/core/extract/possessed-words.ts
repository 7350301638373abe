/**
 * "Trump's claim that Obama “founded ISIS”", "the director's conclusion that her actions were “careless”": a
 * person's possessive before a noun of saying makes the quotation in that sentence their words, though no
 * reporting verb has them as its subject.
 */
import { CUE_FORMS } from "./lexicon.js";

/** A noun formed from a reporting verb: "claim", "pledge" as written; "assertion", "statement", "conclusion". */
export function isReportingNoun(word: string): boolean {
  if (CUE_FORMS.has(word) && !word.endsWith("ed")) return true;
  const stems = [
    word.replace(/ments?$/, ""),
    word.replace(/ions?$/, ""),
    word.replace(/ations?$/, "e"),
    word.replace(/sions?$/, "de"),
    word.replace(/ptions?$/, "be"),
  ];
  return stems.some((stem) => stem !== word && CUE_FORMS.get(stem) === stem);
}

/** Up to this many modifiers between the possessive and its noun: "most explosive claim". */
const MODIFIERS = 2;

/** Words that end a noun phrase before its head, so a later word is no longer the possessed noun. */
const PHRASE_END = /^(?:that|is|was|are|were|has|had|to|of|and|or|but|in|on|for|with|as|by|the|a|an)$/;

/** Whether the mention ending at `end` is a possessive ("X's", "X'") whose noun is a noun of saying. */
export function possessesReportingNoun(body: string, end: number): boolean {
  // The mention may end before its "'s" or after it ("Clinton's" is one token).
  let tail = body.slice(end, end + 60);
  if (/^['’]s?\s/.test(tail)) tail = tail.replace(/^['’]s?/, "");
  else if (!/['’]s?$/.test(body.slice(end - 2, end))) return false;
  const after = /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(tail);
  if (!after) return false;
  const words = after[1]!.split(/\s+/).slice(0, MODIFIERS + 1);
  for (const w of words) {
    if (isReportingNoun(w)) return true;
    if (PHRASE_END.test(w)) return false;
  }
  return false;
}
