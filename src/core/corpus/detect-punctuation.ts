/**
 * Some sources strip all punctuation (lowercased, no full stops, commas or quote marks). Quote extraction must
 * then rely on reporting frames, so the loader flags such articles.
 *
 * The test is a rate, not a presence check: ordinary prose carries roughly one sentence mark every 6–10 words,
 * while stripped text has almost none, and a stray "U.S." or "'s" surviving the stripping must not flip the
 * answer.
 */

const WORD = /\p{L}[\p{L}\p{N}]*/gu;
const SENTENCE_MARK = /[.,;:!?…"“”„«»'‘’]/g;

/** Marks per word below which the text counts as stripped; prose sits around 0.1–0.2. */
const MIN_MARKS_PER_WORD = 0.02;

/** Below this many words there is too little evidence either way, so the text is taken as ordinary prose. */
const MIN_WORDS = 12;

export function isPunctuated(text: string): boolean {
  const words = text.match(WORD)?.length ?? 0;
  if (words < MIN_WORDS) return true;
  const marks = text.match(SENTENCE_MARK)?.length ?? 0;
  return marks / words >= MIN_MARKS_PER_WORD;
}
