/**
 * What counts as a word character and as an apostrophe, for both readers of text: extraction's tokens (which
 * keep offsets and inner punctuation) and matching's words (which fold and split). One definition, so a word
 * the extractor cuts out of a quotation is the word the matcher compares.
 */

/** Letters, digits and combining marks (a decomposed "é" stays one word), as a regex character-class body. */
export const WORD_CHAR_CLASS = "\\p{L}\\p{N}\\p{M}";

/** Apostrophes as typed: straight, right single quotation mark, modifier letter apostrophe. */
export const APOSTROPHE_CHARS = "'’ʼ";

export const APOSTROPHES: ReadonlySet<string> = new Set(APOSTROPHE_CHARS);

const WORD_CHAR = new RegExp(`[${WORD_CHAR_CLASS}]`, "u");
const nonAsciiWordChar = new Map<number, boolean>();

/**
 * Width in UTF-16 units of the word character at `i`, or 0. ASCII is decided without a regex and other code
 * points are remembered, because the indexer asks this for every character of a corpus.
 */
export function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  let known = nonAsciiWordChar.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    nonAsciiWordChar.set(cp, known);
  }
  if (!known) return 0;
  return cp > 0xffff ? 2 : 1;
}

/**
 * Whether a UTF-16 code unit is white space as a regex's `\s` reads it. A tokenizer asks this of every character,
 * where testing a regex on each one costs more than the rest of reading the word.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
