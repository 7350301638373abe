/**
 * Whether a reporting verb or a name stands in the quotation's own sentence (`Zarif said his nation did “not
 * seek war”`, `“…,” Zarif said`) rather than in a sentence before or after it (`Mark Oaten said: “We believe
 * …” Mr Clarke said …` — the second cue opens a sentence of its own). Looks only at the text between the two,
 * which lies within one paragraph. Also where sentences start, for the readings that look a sentence or a few back.
 */

import type { Mention } from "./mention.js";

/** A sentence ends in the text between. */
const SENTENCE_END = /[.!?]["”’']?\s|\n/;

/** A full stop closing the quotation, then a capital: the words after it open the next sentence. */
const CLOSED_BY_STOP = /^[^\p{L}\p{N}]*\.["”’']*\s+\p{Lu}/u;

/** Whether the quotation ending at `close` ends with a full stop and the next sentence opens after its mark. */
export function closedByStop(body: string, close: number): boolean {
  return CLOSED_BY_STOP.test(body.slice(close - 1, close + 8));
}

export function inQuotationSentence(body: string, at: number, open: number, close: number): boolean {
  if (at < open) return !SENTENCE_END.test(body.slice(at, open));
  // The quotation's last character and its closing mark, then the narration up to the word.
  if (CLOSED_BY_STOP.test(body.slice(close - 1, at + 1))) return false;
  return !SENTENCE_END.test(body.slice(close + 1, at));
}

/** A full stop that does not end a sentence: after a title or an initial ("Mr. Trump", "U.S. history"). */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|St|Prof|Rev|No|Inc|Corp|Co|Ltd|vs)|\b\p{Lu})$/u;

/** A full stop, question or exclamation mark (and a closing quotation mark) before a space, or a line break. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+|\n+/gu;

/** Where each sentence between `from` and `to` starts, in reading order (`from` first). */
export function sentenceStarts(body: string, from: number, to: number): number[] {
  const starts = [from];
  const text = body.slice(from, to);
  // Matched in place rather than through matchAll, which copies the pattern and makes an iterator per call.
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const at = from + m.index;
    if (m[0][0] === "." && ABBREVIATION.test(body.slice(Math.max(from, at - 5), at))) continue;
    starts.push(at + m[0].length);
  }
  return starts;
}

/**
 * As `inQuotationSentence`, but a full stop after a title or an initial ends no sentence (`,” Mr. Pence said …,
 * according to …`).
 */
export function inQuotationSentenceReadingTitles(
  body: string,
  at: number,
  open: number,
  close: number,
): boolean {
  if (at < open) return sentenceStarts(body, at, open).length === 1;
  return !closedByStop(body, close) && sentenceStarts(body, close + 1, at).length === 1;
}

/**
 * "Tony Blair would be in the front line, he said": a name in the pronoun's own sentence, before it, is seldom
 * what the pronoun means (a reader would have repeated the name).
 */
export function sameSentenceBefore(body: string, mention: Mention, pronoun: Mention): boolean {
  if (mention.end > pronoun.start || pronoun.start - mention.end > SAME_SENTENCE_REACH) return false;
  return !/[.!?]["”’']?\s|\n/.test(body.slice(mention.end, pronoun.start));
}

/** Characters looked back for the pronoun's own sentence. */
const SAME_SENTENCE_REACH = 300;
