import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { categorise, goldQuotes, namesPerson } from "../../../eval/polnear/gold.js";
import { loadPolnear, polnearDir } from "../../../eval/polnear/load-polnear.js";
import { loadReferents } from "../../../eval/polnear/referents.js";
import { emptyTally, type Miss, scoreDocument } from "../../../eval/polnear/score.js";
import { splitOf } from "../../../eval/polnear/split.js";
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

describe("PolNeAR split", () => {
  it("puts an article on the same side whenever asked, by its name alone", () => {
    const names = Array.from({ length: 400 }, (_, i) => `outlet_2016-01-${i}_article`);
    const sides = names.map(splitOf);
    expect(names.map(splitOf)).toEqual(sides);
    const heldOut = sides.filter((s) => s === "held-out").length;
    expect(heldOut).toBeGreaterThan(60);
    expect(heldOut).toBeLessThan(130);
  });
});

describe.skipIf(!existsSync(polnearDir()))("extraction measured on PolNeAR train, held-out articles", () => {
  const docs = loadPolnear(polnearDir()).filter((d) => splitOf(d.article.id) === "held-out");
  const referents = loadReferents();
  const tally = emptyTally();
  const misses: Miss[] = [];
  for (const doc of docs) {
    scoreDocument(
      doc.article.id,
      doc.article.body,
      goldQuotes(doc, referents.get(doc.article.id)),
      extractQuotes(doc.article),
      tally,
      misses,
    );
  }

  it("holds out about 200 of the 840 articles", () => {
    expect(docs.length).toBeGreaterThan(170);
    expect(docs.length).toBeLessThan(230);
  });

  it("finds most gold direct quotations and few others", () => {
    expect(tally.found / tally.gold).toBeGreaterThan(0.94);
    expect(tally.correct / tally.ours).toBeGreaterThan(0.94);
  });

  it("names the gold speaker for most quotations and a wrong one for few", () => {
    const wrong = (b: typeof tally.named) => (b.total - b.right - b.unknown) / b.total;
    expect(tally.named.right / tally.named.total).toBeGreaterThan(0.9);
    expect(wrong(tally.named)).toBeLessThan(0.06);
    // Pronouns against who each one refers to, as resolved by hand (the nearest-named-Source guess is wrong for
    // about a quarter of them).
    expect(tally.resolved.right / tally.resolved.total).toBeGreaterThan(0.83);
    expect(wrong(tally.resolved)).toBeLessThan(0.13);
  });
});
