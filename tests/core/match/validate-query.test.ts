import { describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH, VerbatimError } from "../../../src/core/errors.js";
import { validateQuery } from "../../../src/core/match/validate-query.js";
import type { VerifyQuery } from "../../../src/core/types.js";

function refusal(query: VerifyQuery): VerbatimError {
  try {
    validateQuery(query);
  } catch (error) {
    if (error instanceof VerbatimError) return error;
    throw error;
  }
  throw new Error("expected the query to be refused");
}

describe("validateQuery", () => {
  it("refuses an empty or blank quotation with an example of what to send", () => {
    for (const quote of ["", "   \n\t ", "“”", "\u200b\u200b"]) {
      const error = refusal({ quote });
      expect(error.code).toBe("QUOTE_EMPTY");
      expect(error.message).toContain("/verify");
    }
  });

  it("refuses text with no words, including a bare link", () => {
    for (const quote of ["!!! ???", "— … —", "https://example.org/some/page"]) {
      expect(refusal({ quote }).code).toBe("QUOTE_NO_WORDS");
    }
  });

  it("refuses a word or two with nothing to identify a quotation by, and says to paste more", () => {
    for (const quote of ["the", "We didn't", "do it", "I will"]) {
      const error = refusal({ quote });
      expect(error.code).toBe("QUOTE_TOO_COMMON");
      expect(error.message).toContain("paste more of the quotation");
    }
  });

  it("checks short quotations that carry a word of their own, and longer ones of common words", () => {
    for (const quote of ["All is well", "Never again", "no comment", "it is what it is", "42"]) {
      expect(validateQuery({ quote }).quote).toBe(quote);
    }
  });

  it("refuses a quotation over the length limit, saying how long it was", () => {
    const quote = "word ".repeat(400).trim();
    const error = refusal({ quote });
    expect(error.code).toBe("QUOTE_TOO_LONG");
    expect(error.message).toContain(quote.length.toLocaleString("en-US"));
    expect(error.message).toContain(MAX_QUOTE_LENGTH.toLocaleString("en-US"));
    expect(refusal({ quote: "x".repeat(100_000) }).code).toBe("QUOTE_TOO_LONG");
  });

  it("accepts a quotation exactly at the limit", () => {
    const quote = `${"a".repeat(MAX_QUOTE_LENGTH - 2)} b`;
    expect(validateQuery({ quote }).quote).toHaveLength(MAX_QUOTE_LENGTH);
  });

  it("refuses a speaker name over 120 characters", () => {
    const error = refusal({ quote: "All is well", speaker: "Donald ".repeat(20) });
    expect(error.code).toBe("SPEAKER_TOO_LONG");
  });

  it("strips control characters, unwraps quote marks and collapses whitespace", () => {
    const cleaned = validateQuery({
      quote: "  “All\u0000 is\n\n   well”\u200b ",
      speaker: "  — Donald\tTrump ",
    });
    expect(cleaned).toEqual({ quote: "All is well", speaker: "Donald Trump" });
  });

  it("normalises compatibility characters (full-width letters, ligatures)", () => {
    expect(validateQuery({ quote: "Ａｌｌ is ﬁne" }).quote).toBe("All is fine");
  });

  it("drops a blank speaker instead of claiming one", () => {
    expect(validateQuery({ quote: "All is well", speaker: "  " })).toEqual({ quote: "All is well" });
  });

  it("is idempotent, so the engine and the matcher can both validate", () => {
    const once = validateQuery({ quote: "«'“So far, so good”'»", speaker: "Trump" });
    expect(validateQuery(once)).toEqual(once);
    expect(once.quote).toBe("So far, so good");
  });
});
