/**
 * Whether a reporting verb or a name stands in the quotation's own sentence (`Zarif said his nation did “not
 * seek war”`, `“…,” Zarif said`) rather than in a sentence before or after it (`Mark Oaten said: “We believe
 * …” Mr Clarke said …` — the second cue opens a sentence of its own). Looks only at the text between the two,
 * which lies within one paragraph.
 */

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
