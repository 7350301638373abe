import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { categorise, goldQuotes, namesPerson } from "../../../eval/polnear/gold.js";
import { loadPolnear, polnearDir } from "../../../eval/polnear/load-polnear.js";
import { emptyTally, type Miss, scoreDocument } from "../../../eval/polnear/score.js";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";

describe("PolNeAR scoring rules", () => {
  it("counts a Source as a name only when a capitalised word in it is not just the sentence's first", () => {
    expect(categorise("Mr. Obama")).toBe("name");
    expect(categorise("the Washington Post")).toBe("name");
    expect(categorise("It")).toBe("other");
    expect(categorise("Another")).toBe("other");
    expect(categorise("At least half of voters in each state")).toBe("other");
    expect(categorise("she")).toBe("pronoun");
  });

  it("finds the person in a Source that names one, in apposition too", () => {
    expect(namesPerson("Sen. Ted Cruz (R-Texas), a GOP presidential hopeful,")).toBe(true);
    expect(namesPerson("Bloomberg's pollster, Douglas Schoen,")).toBe(true);
    expect(namesPerson("a White House pool report")).toBe(false);
    expect(namesPerson("the Washington Post")).toBe(false);
  });
});

describe.skipIf(!existsSync(polnearDir()))("extraction measured on PolNeAR train (840 articles)", () => {
  const tally = emptyTally();
  const misses: Miss[] = [];
  for (const doc of loadPolnear(polnearDir())) {
    scoreDocument(
      doc.article.id,
      doc.article.body,
      goldQuotes(doc),
      extractQuotes(doc.article),
      tally,
      misses,
    );
  }

  it("finds most gold direct quotations and few others", () => {
    expect(tally.gold).toBeGreaterThan(8000);
    expect(tally.found / tally.gold).toBeGreaterThan(0.95);
    expect(tally.correct / tally.ours).toBeGreaterThan(0.93);
  });

  it("names the gold speaker for most quotations", () => {
    expect(tally.named.right / tally.named.total).toBeGreaterThan(0.92);
    expect(tally.pronoun.right / tally.pronoun.total).toBeGreaterThan(0.8);
  });
});
