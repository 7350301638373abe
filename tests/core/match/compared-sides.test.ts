import { describe, expect, it } from "vitest";
import { type Side, written } from "../../../src/core/match/compared-sides.js";
import { tokenise } from "../../../src/core/match/tokenise.js";

const sideOf = (text: string, from = 0): Side => ({
  text,
  tokens: tokenise(text, from),
  named: () => false,
  known: () => true,
});

describe("written", () => {
  it("shows a contraction whole when the words read start inside it", () => {
    const text = "She said they didn't do it again.";
    // Read from the "t" of "didn't": the stretch of an article kept around a passage can start there.
    const side = sideOf(text, text.indexOf("t do"));
    expect(side.tokens.surface[0]).not.toBe("didn");
    expect(written(side, 0, 2)).toBe("didn't do");
  });

  it("shows a contraction whole when the word before it was read", () => {
    const side = sideOf("We don't expect it.");
    expect(written(side, 2, 4)).toBe("don't expect");
  });
});
