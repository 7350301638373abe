import { type MatchIndex, termFrequency } from "./index-structure.js";
import type { QueryWords } from "./query-words.js";
import { CONTRACTION_END, contractionStart, type Tokens } from "./tokenise.js";

/**
 * The two sides of a comparison between the user's words and a passage: each a text with its words, knowing which
 * words are names and which are real words of the corpus, and how to show a run of words as written.
 */

/** A word seen this often in the corpus is a real word: a user's word one letter off it is a different word. */
const KNOWN_WORD = 3;

/** One side of the comparison: a text and its words (a query part, or a stretch of an article). */
export interface Side {
  text: string;
  tokens: Tokens;
  /** Token index -> whether the word is a capitalised name (not just a capital opening a sentence). */
  named(i: number): boolean;
  known(i: number): boolean;
}

/** Punctuation that ends a sentence, or a quotation mark: neighbouring words across it belong elsewhere. */
const BOUNDARY = /[.!?;:\n"“”«»]/;
/** Inside a quotation, only the end of a sentence separates the passage from its neighbours. */
const SENTENCE_END = /[.!?\n]/;
const FIGURE_BEFORE = /[$£€¥#]/;
const FIGURE_AFTER = /[%‰]/;
const SENTENCE_OPENING = /(?:^|[.!?:;\n"“‘'([—-])\s*$/;

function capitalisedName(text: string, tokens: Tokens, i: number): boolean {
  const word = text.slice(tokens.starts[i]!, tokens.ends[i]!);
  if (!/^\p{Lu}/u.test(word) || word === "I") return false;
  return !SENTENCE_OPENING.test(text.slice(Math.max(0, tokens.starts[i]! - 8), tokens.starts[i]!));
}

export function userSide(index: MatchIndex, words: QueryWords): Side {
  return {
    text: words.text,
    tokens: words.tokens,
    named: (i) => i > 0 && capitalisedName(words.text, words.tokens, i),
    known: (i) => words.ids[i]! >= 0 && termFrequency(index, words.ids[i]!) >= KNOWN_WORD,
  };
}

export function corpusSide(index: MatchIndex, body: string, tokens: Tokens): Side {
  return {
    text: body,
    tokens,
    named: (i) => capitalisedName(body, tokens, i),
    known: (i) => {
      const id = index.termIds.get(tokens.match[i]!);
      return id !== undefined && termFrequency(index, id) >= KNOWN_WORD;
    },
  };
}

const APOSTROPHE = /['’ʼ]/;

/**
 * The words i..j-1 as written, with a currency sign or percent sign that belongs to a figure at either end, and
 * whole contractions ("don't", never "t").
 */
export function written(side: Side, i: number, j: number): string {
  if (j <= i) return "";
  const { text, tokens } = side;
  let start = tokens.starts[i]!;
  let end = tokens.ends[j - 1]!;
  // The word the contraction ends may lie before the words read (a passage's neighbours start inside "didn't").
  start = contractionStart(text, start, tokens.ends[i]!);
  if (j < tokens.count && APOSTROPHE.test(text.charAt(end)) && tokens.starts[j] === end + 1) {
    const next = text.slice(tokens.starts[j]!, tokens.ends[j]!);
    if (CONTRACTION_END.test(next)) end = tokens.ends[j]!;
  }
  // A figure is shown whole: "2.5", not the "5" that differs.
  while (
    /[.,]/.test(text.charAt(start - 1)) &&
    /[0-9]/.test(text.charAt(start - 2)) &&
    /[0-9]/.test(text.charAt(start))
  )
    for (start -= 1; /[0-9]/.test(text.charAt(start - 1)); ) start--;
  while (
    /[.,]/.test(text.charAt(end)) &&
    /[0-9]/.test(text.charAt(end + 1)) &&
    /[0-9]/.test(text.charAt(end - 1))
  )
    for (end += 1; /[0-9]/.test(text.charAt(end)); ) end++;
  if (FIGURE_BEFORE.test(text.charAt(start - 1))) start--;
  if (FIGURE_AFTER.test(text.charAt(end))) end++;
  return text.slice(start, end).replace(/\s+/g, " ");
}

/**
 * Neighbouring source words before (step -1) or after (step 1) the passage, up to `count`: within its quotation
 * when it lies in one, else within its sentence.
 */
export function neighbours(
  corpus: Side,
  at: number,
  step: 1 | -1,
  count: number,
  quote: { start: number; end: number } | null,
): number[] {
  const found: number[] = [];
  let previous = at;
  for (let i = at + step; found.length < count && i >= 0 && i < corpus.tokens.count; i += step) {
    const [a, b] = step < 0 ? [i, previous] : [previous, i];
    const between = corpus.text.slice(corpus.tokens.ends[a]!, corpus.tokens.starts[b]!);
    if (quote) {
      if (corpus.tokens.starts[i]! < quote.start || corpus.tokens.ends[i]! > quote.end) break;
      if (SENTENCE_END.test(between)) break;
    } else if (BOUNDARY.test(between)) break;
    found.push(i);
    previous = i;
  }
  return step < 0 ? found.reverse() : found;
}
