import { APOSTROPHES, WORD_CHAR_CLASS, wordCharWidth } from "../word-characters.js";
import { wordKeys } from "./normalise-word.js";

/**
 * Cached indexes hold term ids produced by these rules: a change to how text is read must bump FORMAT in
 * index-cache.ts so old caches are refused.
 */

/**
 * The words of a text with their offsets, in columns (one entry per word) because the indexer tokenises whole
 * corpora and columns are far cheaper than an object per word. `starts[i]`..`ends[i]` is the word in the original
 * text, so any run of words maps back to the exact characters it came from.
 */
export interface Tokens {
  count: number;
  starts: number[];
  ends: number[];
  /** As spelled, case and diacritics folded: what the verdict compares. */
  surface: string[];
  /** Spelling variants also folded: what retrieval and alignment compare. */
  match: string[];
}

/** Stems that take n't, and the word each stands for: "don't" and "don t" both read "do not". */
const NEGATED: Record<string, string> = {
  don: "do",
  doesn: "does",
  didn: "did",
  isn: "is",
  aren: "are",
  wasn: "was",
  weren: "were",
  haven: "have",
  hasn: "has",
  hadn: "had",
  won: "will",
  wouldn: "would",
  shouldn: "should",
  couldn: "could",
  can: "can",
  mustn: "must",
  shan: "shall",
  needn: "need",
  mightn: "might",
  daren: "dare",
  oughtn: "ought",
};

/**
 * Contracted endings that never occur as words of their own: we're, they've, you'll, "we re" once stripped, or
 * "re" left at the start of an excerpt that began mid-word.
 */
const CONTRACTED: Record<string, string> = { re: "are", ve: "have", ll: "will" };

/** Marks that may stand for the apostrophe of a contraction: "don’t", "don‘t", "don`t", "don t". */
const JOINERS = new Set([...APOSTROPHES, "‘", "`", "´", " "]);
const DIGIT_GROUP_SEPARATORS = new Set([",", " ", "\u00a0", "\u202f", "\u2009"]);
const DIGITS = /^[0-9]+$/;
const URL_PREFIXES = ["http://", "https://", "www."];

/** Where a URL or a markdown link target starting at `i` ends, or `i` when none starts there: they are not words. */
function skipNonWords(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 40 /* ( */ && text.charCodeAt(i - 1) === 93 /* ] */) {
    const close = text.indexOf(")", i);
    const newline = text.indexOf("\n", i);
    if (close > 0 && close - i < 2048 && (newline < 0 || newline > close)) return close + 1;
    return i;
  }
  if (c === 104 || c === 72 || c === 119 || c === 87) {
    const head = text.slice(i, i + 8).toLowerCase();
    if (URL_PREFIXES.some((p) => head.startsWith(p))) {
      let j = i;
      while (j < text.length && !/\s/.test(text.charAt(j))) j++;
      return j;
    }
  }
  return i;
}

function emptyTokens(): Tokens {
  return { count: 0, starts: [], ends: [], surface: [], match: [] };
}

function push(out: Tokens, start: number, end: number, surface: string, match: string): void {
  out.starts.push(start);
  out.ends.push(end);
  out.surface.push(surface);
  out.match.push(match);
  out.count++;
}

/** Joins "3,500" / "3 500" into one number and "don t" into "do not"; returns true when the word was consumed. */
function applyContextRules(text: string, out: Tokens, start: number, end: number, surface: string): boolean {
  const contracted = CONTRACTED[surface];
  if (contracted) {
    push(out, start, end, contracted, contracted);
    return true;
  }
  const last = out.count - 1;
  if (last < 0 || start - out.ends[last]! !== 1) return false;
  const between = text.charAt(start - 1);
  const previous = out.surface[last]!;
  if (surface === "t" && JOINERS.has(between) && NEGATED[previous]) {
    out.surface[last] = out.match[last] = NEGATED[previous]!;
    push(out, start, end, "not", "not");
    return true;
  }
  if (surface === "m" && previous === "i" && JOINERS.has(between)) {
    push(out, start, end, "am", "am");
    return true;
  }
  if (surface.length === 3 && DIGITS.test(surface) && DIGIT_GROUP_SEPARATORS.has(between)) {
    // Only a leading group of 1-3 digits, or a number already grouped, takes another group of three.
    const startOfPrevious = out.starts[last]!;
    const previousRaw = text.slice(startOfPrevious, out.ends[last]!);
    const grouped = /^[0-9]{1,3}(?:[, \u00a0\u202f\u2009][0-9]{3})*$/.test(previousRaw);
    if (grouped && DIGITS.test(previous)) {
      out.surface[last] = out.match[last] = previous + surface;
      out.ends[last] = end;
      return true;
    }
  }
  return false;
}

/**
 * Splits a text into words (apostrophes and hyphens separate words, so "self-defense" reads "self defense").
 * `from` must be 0 or the start of a word of a previous full pass, and `limit` caps how many words are read:
 * together they re-read a stretch of a long text and get exactly the words a full pass gives there.
 */
export function tokenise(text: string, from = 0, limit = Number.POSITIVE_INFINITY): Tokens {
  const out = emptyTokens();
  const length = text.length;
  let i = from;
  // One word past the limit is read: a word is final only once the next one cannot join it ("3" + ",500").
  while (i < length && out.count <= limit) {
    const width = wordCharWidth(text, i);
    if (width === 0 && text.charCodeAt(i) === 38 /* & */) {
      // "&" is the word "and" ("Iran took & concluded" reads as "Iran took and concluded").
      push(out, i, i + 1, "and", "and");
      i++;
      continue;
    }
    if (width === 0) {
      const skipped = skipNonWords(text, i);
      i = skipped > i ? skipped : i + 1;
      continue;
    }
    const skipped = skipNonWords(text, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const start = i;
    i += width;
    for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) i += w;
    const keys = wordKeys(text.slice(start, i));
    if (applyContextRules(text, out, start, i, keys.surface)) continue;
    if (keys.surface === "cannot") {
      push(out, start, start + 3, "can", "can");
      push(out, start + 3, i, "not", "not");
      continue;
    }
    push(out, start, i, keys.surface, keys.match);
  }
  if (out.count > limit) {
    for (const column of [out.starts, out.ends, out.surface, out.match]) column.length = limit;
    out.count = limit;
  }
  return out;
}

/** A text's words as the verdict compares them: two wordings are the same wording when these are equal. */
export function normalisedWords(text: string): string {
  return tokenise(text).surface.join(" ");
}

/** Word endings that are contractions: "t" of don't, "s" of it's, "ll" of we'll… */
export const CONTRACTION_END = /^(?:t|s|d|m|ll|re|ve)$/i;
const WORD_CHAR = new RegExp(`[${WORD_CHAR_CLASS}]`, "u");

/** Where the word at `start` begins when it is a contraction's ending ("t" of "didn't"): contractions show whole. */
export function contractionStart(text: string, start: number, end: number): number {
  if (!CONTRACTION_END.test(text.slice(start, end)) || !APOSTROPHES.has(text.charAt(start - 1))) return start;
  if (!WORD_CHAR.test(text.charAt(start - 2))) return start;
  let at = start - 1;
  while (WORD_CHAR.test(text.charAt(at - 1))) at--;
  return at;
}

/**
 * Words i..j-1 as a plain line for word diffs: each word as written ("&" as "and"), apostrophe contractions kept
 * together, everything else between words (punctuation, hyphens, quote marks, line breaks) a single space. Two
 * wordings then differ in the diff only where their words do.
 */
export function displayWords(text: string, tokens: Tokens, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const start = i === from ? contractionStart(text, tokens.starts[i]!, tokens.ends[i]!) : tokens.starts[i]!;
    const word = text.slice(start, tokens.ends[i]!);
    if (i > from) {
      const gap = text.slice(tokens.ends[i - 1]!, tokens.starts[i]!);
      if (gap.length === 1 && APOSTROPHES.has(gap)) out += gap;
      else if (gap.length > 0 || tokens.starts[i] !== tokens.ends[i - 1]) out += " ";
    }
    out += word === "&" ? "and" : word;
  }
  return out;
}
