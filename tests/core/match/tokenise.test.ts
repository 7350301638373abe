import { describe, expect, it } from "vitest";
import { displayWords, tokenise } from "../../../src/core/match/tokenise.js";

const matchKeys = (text: string) => tokenise(text).match;
const surfaces = (text: string) => tokenise(text).surface;

describe("tokenise", () => {
  it("gives each word's exact offsets in the original text", () => {
    const text = "“Iran took & concluded proportionate measures in self-defense,” Zarif wrote.";
    const words = tokenise(text);
    const written = words.starts.map((start, i) => text.slice(start, words.ends[i]));
    expect(written).toEqual([
      "Iran",
      "took",
      "&",
      "concluded",
      "proportionate",
      "measures",
      "in",
      "self",
      "defense",
      "Zarif",
      "wrote",
    ]);
  });

  it("folds case, quote styles, diacritics and compatibility forms", () => {
    expect(surfaces("CAFÉ naïve ﬁne Ｗａｒ")).toEqual(["cafe", "naive", "fine", "war"]);
    expect(matchKeys("Iran’s")).toEqual(matchKeys("Iran's"));
    expect(matchKeys("Iran’s")).toEqual(matchKeys("iran s"));
  });

  it("reads & as and, and hyphenated words as separate words", () => {
    expect(matchKeys("took & concluded")).toEqual(matchKeys("took and concluded"));
    expect(matchKeys("self-defense")).toEqual(matchKeys("self defense"));
  });

  it("reads contractions the same written, stripped or spelled out", () => {
    const spelled = matchKeys("we do not know");
    expect(matchKeys("we don't know")).toEqual(spelled);
    expect(matchKeys("we don’t know")).toEqual(spelled);
    expect(matchKeys("we don t know")).toEqual(spelled);
    expect(matchKeys("I can't, I cannot")).toEqual(matchKeys("I can not, I can not"));
    expect(matchKeys("they won't")).toEqual(matchKeys("they will not"));
    expect(matchKeys("we're here, they've gone, you'll see, I'm sure")).toEqual(
      matchKeys("we are here, they have gone, you will see, I am sure"),
    );
  });

  it("keeps the contraction's offsets on the words as written", () => {
    const text = "we didn't do it";
    const words = tokenise(text);
    expect(words.surface).toEqual(["we", "did", "not", "do", "it"]);
    expect(text.slice(words.starts[1]!, words.ends[2]!)).toBe("didn't");
  });

  it("reads grouped numbers as one number however the groups are separated", () => {
    expect(matchKeys("3,500 troops")).toEqual(["3500", "troops"]);
    expect(matchKeys("3 500 troops")).toEqual(["3500", "troops"]);
    expect(matchKeys("1,000,000")).toEqual(["1000000"]);
    expect(matchKeys("in 2004 500 people")).toEqual(["in", "2004", "500", "people"]);
    const text = "cost 3,500,000 pounds";
    const words = tokenise(text);
    expect(text.slice(words.starts[1]!, words.ends[1]!)).toBe("3,500,000");
  });

  it("folds British and American spellings for matching but keeps them apart as written", () => {
    expect(matchKeys("defence organised colour")).toEqual(matchKeys("defense organized color"));
    expect(surfaces("defence")).not.toEqual(surfaces("defense"));
  });

  it("does not read link targets or bare URLs as words", () => {
    const text =
      "Read the [full report](https://example.org/sea-wall-report) or www.example.org/x and https://t.co/abc now";
    expect(surfaces(text)).toEqual(["read", "the", "full", "report", "or", "and", "now"]);
  });

  it("re-reads a stretch from a word start exactly as a full pass does", () => {
    const text = "He said: \"We don't want 3,500 more, we can't\" — and left. Then 15 000 came.";
    const full = tokenise(text);
    for (let k = 0; k < full.count; k++) {
      const part = tokenise(text, full.starts[k]!, 3);
      expect(part.starts).toEqual(full.starts.slice(k, k + 3));
      expect(part.ends).toEqual(full.ends.slice(k, k + 3));
    }
  });

  it("renders words as a plain line for diffs", () => {
    const text = "“Iran took & concluded, in self-defense,” he said; we didn't";
    const words = tokenise(text);
    expect(displayWords(text, words, 0, words.count)).toBe(
      "Iran took and concluded in self defense he said we didn't",
    );
  });
});

describe("displayWords from inside a contraction", () => {
  it("shows the contraction whole when the words start at its ending", () => {
    const text = "They didn't do it.";
    const tokens = tokenise(text, text.indexOf("t do"));
    expect(displayWords(text, tokens, 0, tokens.count)).toBe("didn't do it");
  });
});
