import { describe, expect, it } from "vitest";
import { occurrenceContext } from "../../../src/core/match/occurrence-context.js";

function contextOf(body: string, passage: string, punctuated = true): string {
  const start = body.indexOf(passage);
  return occurrenceContext(body, start, start + passage.length, punctuated);
}

describe("occurrenceContext", () => {
  it("gives the whole sentence holding the passage", () => {
    const body = 'The vote was close. "We cannot wait," said Mayor Fischer on Tuesday. Critics disagreed.';
    expect(contextOf(body, "We cannot wait")).toBe('"We cannot wait," said Mayor Fischer on Tuesday.');
  });

  it("does not end sentences at abbreviations", () => {
    const body =
      'Earlier reports came in. But after Iran\'s strike on U.S. forces in Iraq, Mr. Trump wrote: "All is well!" Then he slept.';
    expect(contextOf(body, "All is well")).toBe(
      'But after Iran\'s strike on U.S. forces in Iraq, Mr. Trump wrote: "All is well!"',
    );
  });

  it("stops at paragraph breaks", () => {
    const body = "Headline without a full stop\nThe mayor said it would work\n\nNext paragraph here.";
    expect(contextOf(body, "said it would")).toBe("The mayor said it would work");
  });

  it("takes words either side in text without punctuation, marking the cuts", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const body = `${words.slice(0, 40).join(" ")} all is well ${words.slice(40).join(" ")}`;
    const context = contextOf(body, "all is well", false);
    expect(context.startsWith("…word")).toBe(true);
    expect(context.endsWith("…")).toBe(true);
    expect(context).toContain("all is well");
    expect(context.length).toBeLessThan(200);
  });

  it("trims a very long sentence around the passage", () => {
    const body = `${"Long clause, ".repeat(40)}the key words are here${", and more".repeat(40)}.`;
    const context = contextOf(body, "the key words are here");
    expect(context).toContain("the key words are here");
    expect(context.length).toBeLessThanOrEqual(282);
    expect(context.startsWith("…")).toBe(true);
    expect(context.endsWith("…")).toBe(true);
  });
});
