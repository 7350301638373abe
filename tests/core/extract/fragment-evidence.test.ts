import { describe, expect, it } from "vitest";
import { readingOf } from "./read-articles.js";

const reading = readingOf("fragment-evidence.txt");

describe("speaker evidence: a few words quoted inside a sentence of narration", () => {
  it("does not hand words quoted in a sentence about others to the speaker of the paragraph before", () => {
    const { quote, candidate, nobody } = reading("a fantasy written for the brochure");
    expect(candidate("Mara Quill")?.features).toMatchObject({ ruleInherited: 1, fragmentInherited: 1 });
    expect(nobody?.features.fragmentNone).toBe(1);
    expect(quote.speakerName).toBeNull();
  });

  it("still gives a fragment to the person whose verb reports it in the same sentence", () => {
    const { quote, nobody } = reading("regrettable but short");
    expect(nobody?.features.fragmentNone).toBe(1);
    expect(quote.speakerName).toBe("Tomas Brandt");
  });

  it("reads a quotation that opens its sentence, or a long one, as no fragment", () => {
    for (const start of ["We will open the tunnel", "The board has our full support"]) {
      const { nobody, candidate } = reading(start);
      expect(nobody?.features.fragmentNone).toBeUndefined();
      expect(candidate("Mara Quill")?.features.fragmentInherited).toBeUndefined();
    }
  });
});
