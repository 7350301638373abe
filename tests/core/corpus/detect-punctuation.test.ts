import { describe, expect, it } from "vitest";
import { isPunctuated } from "../../../src/core/corpus/detect-punctuation.js";

const prose =
  'The minister said on Tuesday that talks would continue. "We are not giving up," she told reporters, adding ' +
  "that a deal was still possible before the summer.";

describe("isPunctuated", () => {
  it("accepts ordinary prose", () => {
    expect(isPunctuated(prose)).toBe(true);
  });

  it("rejects the same text with its punctuation stripped", () => {
    const stripped = prose.toLowerCase().replace(/[^\p{L}\s]/gu, "");
    expect(isPunctuated(stripped)).toBe(false);
  });

  it("is not fooled by a few marks surviving in long stripped text", () => {
    const stripped = prose
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, "")
      .repeat(4);
    expect(isPunctuated(`${stripped} u.s. officials said`)).toBe(false);
  });

  it("treats a short fragment as ordinary prose for lack of evidence", () => {
    expect(isPunctuated("breaking news from the capital")).toBe(true);
  });
});
