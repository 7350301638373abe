import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldQuotes } from "../../../eval/polnear/gold.js";
import { loadPolnear, polnearDir } from "../../../eval/polnear/load-polnear.js";
import { emptyTally, type Miss, scoreDocument } from "../../../eval/polnear/score.js";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";

describe.skipIf(!existsSync(polnearDir()))("extraction measured on the first 150 PolNeAR articles", () => {
  const tally = emptyTally();
  const misses: Miss[] = [];
  for (const doc of loadPolnear(polnearDir(), 150)) {
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
    expect(tally.gold).toBeGreaterThan(1000);
    expect(tally.found / tally.gold).toBeGreaterThan(0.93);
    expect(tally.correct / tally.ours).toBeGreaterThan(0.9);
  });

  it("names the gold speaker for most quotations", () => {
    expect(tally.named.right / tally.named.total).toBeGreaterThan(0.8);
    expect(tally.pronoun.right / tally.pronoun.total).toBeGreaterThan(0.6);
  });
});
