/**
 * The tokenizer's shortcuts against the plain patterns they stand in for, on random strings of the characters that
 * decide a word's end: ASCII letters and digits, the joiners (hyphen, apostrophes, period, ampersand), non-ASCII
 * letters and marks, an astral character, and characters that end a word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripPossessive, wordEndAt } from "../../../src/core/extract/tokens.js";
import { APOSTROPHE_CHARS, WORD_CHAR_CLASS } from "../../../src/core/word-characters.js";

const CHARS = [..."aZ7s-'’ʼ.&éß _/,\n", "\u0301", "😀"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((c) => c.join(""));

const WORD = new RegExp(`[${WORD_CHAR_CLASS}]+(?:[-${APOSTROPHE_CHARS}.&][${WORD_CHAR_CLASS}]+)*`, "uy");
const POSSESSIVE = new RegExp(`^(.*?)[${APOSTROPHE_CHARS}](s?)$`, "u");

function patternWordEnd(body: string, i: number): number {
  WORD.lastIndex = i;
  return WORD.test(body) ? WORD.lastIndex : i;
}

function patternPossessive(word: string): { base: string; possessive: boolean } {
  const m = POSSESSIVE.exec(word);
  if (m?.[1] && (m[2] === "s" || m[1].endsWith("s"))) return { base: m[1], possessive: true };
  return { base: word, possessive: false };
}

describe("wordEndAt", () => {
  it("ends every word where the word pattern does, from every position", () => {
    fc.assert(
      fc.property(text, (body) => {
        for (let i = 0; i <= body.length; i++) expect(wordEndAt(body, i)).toBe(patternWordEnd(body, i));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads joined and accented words whole", () => {
    const body = "re-elected O’Neill's café A.B. AT&T ok";
    const words: string[] = [];
    for (let i = 0; i < body.length; ) {
      const end = wordEndAt(body, i);
      if (end > i) words.push(body.slice(i, end));
      i = Math.max(end, i + 1);
    }
    expect(words).toEqual(["re-elected", "O’Neill's", "café", "A.B", "AT&T", "ok"]);
  });
});

describe("stripPossessive", () => {
  it("agrees with the possessive pattern on every word", () => {
    fc.assert(
      fc.property(text, (word) => {
        expect(stripPossessive(word)).toEqual(patternPossessive(word));
      }),
      { numRuns: 2000 },
    );
  });

  it("strips a possessive ending and leaves other words alone", () => {
    expect(stripPossessive("Iran's")).toEqual({ base: "Iran", possessive: true });
    expect(stripPossessive("Jones’")).toEqual({ base: "Jones", possessive: true });
    expect(stripPossessive("rock'n")).toEqual({ base: "rock'n", possessive: false });
  });
});
