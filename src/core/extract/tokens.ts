/**
 * A light tokenizer: words (with abbreviation periods and inner apostrophes and hyphens kept), single punctuation
 * marks, and whole quotations as one token each, so that reasoning about the frame around a quotation never
 * looks inside it. Sentences are split on . ! ? outside quotations.
 */
import { APOSTROPHE_CHARS, APOSTROPHES, isWhiteSpace, WORD_CHAR_CLASS } from "../word-characters.js";
import { CUE_FORMS } from "./lexicon.js";
import type { QuoteSpan } from "./quote-span.js";

export interface Token {
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /**
   * Index into the quotation list for `quote` tokens. Every token has the field, undefined but for quotations, so
   * that all tokens share one object shape and the code reading them stays fast.
   */
  quote?: number | undefined;
  /**
   * What the word says of itself inside a noun phrase (noun-phrase-tokens.ts), kept on the token when first read:
   * the scanners ask it of the same tokens many times over, and a field is cheaper than a lookup by the word.
   */
  reading?: number | undefined;
  /**
   * Whether a capitalised word can be part of a name, as far as the word alone tells (name-words.ts), kept on the
   * token when first asked: every scanner looking for names asks it again of the same tokens.
   */
  nameWord?: number | undefined;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col maj capt adm sgt cmdr brig st jr sr inc corp co ltd no vs etc prof rev
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept univ assn est fig approx pres supt`.split(
    /\s+/,
  ),
);

/** A word with the hyphens, apostrophes, periods and ampersands inside it: "O’Neill", "U.S", "AT&T", "al-Assad". */
const WORD = new RegExp(`[${WORD_CHAR_CLASS}]+(?:[-${APOSTROPHE_CHARS}.&][${WORD_CHAR_CLASS}]+)*`, "uy");

/** Whether a UTF-16 unit is an ASCII letter or digit. */
function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Where the word starting at `i` ends (WORD's match), or `i` when none starts there. Most words are plain ASCII
 * letters and digits ended by a space or a mark that cannot join or extend them: those are read by character
 * codes, and the rest (a non-ASCII letter, an apostrophe, hyphen, period or ampersand) by the pattern itself.
 */
export function wordEndAt(body: string, i: number): number {
  let end = i;
  while (end < body.length && isAsciiAlphanumeric(body.charCodeAt(end))) end++;
  const stop = body.charCodeAt(end);
  // Past the end of the body charCodeAt is NaN, which no test below matches: the word ends there too.
  const mayGoOn = stop >= 128 || stop === 45 || stop === 39 || stop === 46 || stop === 38;
  if (end > i && !mayGoOn) return end;
  // Sticky, so a match starts at i; tested rather than executed, so no match array is made per word.
  WORD.lastIndex = i;
  return WORD.test(body) ? WORD.lastIndex : i;
}

/** Whether a word followed by a period keeps it: "Mr.", "U.S.", an initial ("J."). */
function takesPeriod(word: string): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // A lone letter is one or two UTF-16 units, and initials joined by periods hold a period: most words are neither.
  if (word.length <= 2 && /^\p{L}$/u.test(word)) return /\p{Lu}/u.test(word);
  return word.includes(".") && /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Tokens of body[from, to); quotations listed in `quotes` (sorted by `open`) become single tokens. */
export function tokenize(body: string, from: number, to: number, quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let q = quotes.findIndex((s) => s.closeEnd > from);
  if (q < 0) q = quotes.length;
  let i = from;
  while (i < to) {
    const span = quotes[q];
    if (span && span.open <= i) {
      if (span.open >= from) {
        const text = body.slice(span.open, span.closeEnd);
        tokens.push({
          text,
          lower: "",
          cap: false,
          start: span.open,
          end: span.closeEnd,
          kind: "quote",
          quote: q,
          reading: undefined,
          nameWord: undefined,
        });
      }
      i = Math.max(i, span.closeEnd);
      q++;
      continue;
    }
    const limit = span ? Math.min(to, span.open) : to;
    if (isWhiteSpace(body.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordEnd = wordEndAt(body, i);
    if (wordEnd > i) {
      let end = Math.min(wordEnd, limit);
      let text = body.slice(i, end);
      if (end < limit && body[end] === "." && takesPeriod(text)) text = body.slice(i, ++end);
      // One string for both when lowercasing changes nothing (a copy otherwise): lookups by either hash it once.
      const lowered = text.toLowerCase();
      const lower = lowered === text ? text : lowered;
      tokens.push({
        text,
        lower,
        cap: text[0] !== lower[0],
        start: i,
        end,
        kind: "word",
        quote: undefined,
        reading: undefined,
        nameWord: undefined,
      });
      i = end;
      continue;
    }
    const c = body[i] ?? "";
    tokens.push({
      text: c,
      lower: c,
      cap: false,
      start: i,
      end: i + 1,
      kind: "punct",
      quote: undefined,
      reading: undefined,
      nameWord: undefined,
    });
    i++;
  }
  return tokens;
}

/** A quotation that closes its own sentence (`… manner.” But …`), unless an attribution follows (`!” Trump wrote`). */
function quoteEndsSentence(
  tokens: readonly Token[],
  index: number,
  body: string,
  quotes: readonly QuoteSpan[],
): boolean {
  const token = tokens[index]!;
  const span = quotes[token.quote ?? -1];
  const next = tokens[index + 1];
  if (!span || !next || !/[.!?]$/.test(body.slice(span.start, span.end))) return false;
  if (next.kind === "quote") return true;
  if (!next.cap) return false;
  for (let i = index + 1; i <= index + 3; i++) {
    if (isCueWord(tokens[i])) return false;
  }
  // "“Is that negotiable?” Lena Marsh pressed.": a past tense closing the frame reports the quotation too.
  const verb = nameWithAside(tokens, index + 1);
  const after = tokens[verb + 1];
  if (isCueWord(tokens[verb])) return !endsFrame(after);
  const past = /ed$/.test(tokens[verb]?.lower ?? "") && !tokens[verb]?.cap;
  return !(past && (!after || /^[.,!?]$/.test(after.text)));
}

/** "said.", "said of the busy week", "said pleasantly": the verb closes an attribution rather than opening a clause. */
function endsFrame(t: Token | undefined): boolean {
  return (
    t?.kind !== "word" ||
    /^(?:of|in|on|at|to|after|before|during|about|as|while|when|\p{Ll}+ly)$/u.test(t.lower)
  );
}

function isCueWord(t: Token | undefined): boolean {
  return t?.kind === "word" && !t.cap && CUE_FORMS.has(t.lower);
}

/**
 * Past a capitalised name and an aside set off by commas or parentheses ("Rep. Glen Tamsin, R-Pa.,",
 * "Eva Hale, a retired nurse from the valley,"): where an attribution's verb would stand.
 */
function nameWithAside(tokens: readonly Token[], from: number): number {
  let i = from;
  while (tokens[i]?.cap) i++;
  if (i === from) return i;
  const close = tokens[i]?.text === "(" ? ")" : tokens[i]?.text === "," ? "," : null;
  if (!close) return i;
  for (let j = i + 1; j < tokens.length && j <= i + 15; j++) {
    const t = tokens[j]!;
    if (t.kind === "quote" || (/^[.!?;:]$/.test(t.text) && tokens[j + 1]?.text !== close)) return i;
    if (t.text === close) return j + 1 + (close === ")" && tokens[j + 1]?.text === "," ? 1 : 0);
  }
  return i;
}

function endsSentence(
  tokens: readonly Token[],
  index: number,
  body: string,
  quotes: readonly QuoteSpan[],
): boolean {
  const token = tokens[index];
  if (token?.kind === "quote") return quoteEndsSentence(tokens, index, body, quotes);
  if (token?.kind !== "punct" || !SENTENCE_MARK.test(token.text)) return false;
  const next = tokens[index + 1];
  if (!next) return true;
  return next.kind === "quote" || SENTENCE_OPENING.test(next.text);
}

/** Built once: a regex literal in a function makes a new object each time it runs, and this runs per token. */
const SENTENCE_MARK = /[.!?]/;
const SENTENCE_OPENING = /^[\p{Lu}\p{N}("“‘']/u;

/** Splits a paragraph's tokens into sentences: [start, end) token index ranges. */
export function sentenceRanges(
  tokens: readonly Token[],
  body: string,
  quotes: readonly QuoteSpan[],
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, i, body, quotes)) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

const POSSESSIVE = new RegExp(`^(.*?)[${APOSTROPHE_CHARS}](s?)$`, "u");

/** "Iran's" → "Iran", with the possessive flagged. */
export function stripPossessive(word: string): { base: string; possessive: boolean } {
  // Only a word ending in an apostrophe, or in one and "s", can match: most words are spared the pattern.
  const n = word.length;
  const last = word[n - 1] ?? "";
  if (!APOSTROPHES.has(last) && !(last === "s" && APOSTROPHES.has(word[n - 2] ?? "")))
    return { base: word, possessive: false };
  const m = POSSESSIVE.exec(word);
  if (m?.[1] && (m[2] === "s" || m[1].endsWith("s"))) return { base: m[1], possessive: true };
  return { base: word, possessive: false };
}
