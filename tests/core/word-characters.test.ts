import { describe, expect, it } from "vitest";
import { stripPossessive, tokenize } from "../../src/core/extract/tokens.js";
import { tokenise } from "../../src/core/match/tokenise.js";
import { isWhiteSpace } from "../../src/core/word-characters.js";

const words = (text: string) =>
  tokenize(text, 0, text.length, [])
    .filter((t) => t.kind === "word")
    .map((t) => t.text);

describe("word characters shared by extraction and matching", () => {
  it("keep a name written with a combining accent as one word in both readers", () => {
    const decomposed = "Jose\u0301 Alvarado said";
    expect(words(decomposed)).toEqual(["Jose\u0301", "Alvarado", "said"]);
    const matched = tokenise(decomposed);
    expect(matched.count).toBe(3);
    expect(decomposed.slice(matched.starts[0], matched.ends[0])).toBe("Jose\u0301");
  });

  it("read the modifier-letter apostrophe as an apostrophe in names and possessives", () => {
    expect(words("Kaʻiulani Oʼneill spoke")).toContain("Oʼneill");
    expect(stripPossessive("Hewittʼs")).toEqual({ base: "Hewitt", possessive: true });
  });
});

describe("white space", () => {
  it("is what a regular expression's \\s matches, for every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
