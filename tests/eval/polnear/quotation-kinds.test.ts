import { describe, expect, it } from "vitest";
import { indexKinds, judgeDocument, kindAgreement } from "../../../eval/polnear/quotation-kinds.js";
import type { ExtractedQuote } from "../../../src/core/extract/extracted-quote.js";
import { namedGold } from "./gold-quote.js";

const ours = (start: number, end: number) => ({ start, end }) as ExtractedQuote;

describe("judgeDocument", () => {
  const kinds = indexKinds({
    a: [
      [10, 20, "title"],
      [30, 60, "quote"],
      [70, 80, "unclear"],
    ],
  }).get("a");

  it("sets aside a title and keeps quotations and unclear parts", () => {
    const judged = judgeDocument([namedGold(10, 20), namedGold(30, 60), namedGold(70, 80)], [], kinds);
    expect(judged.gold.map((g) => g.start)).toEqual([30, 70]);
    expect(judged.setAside).toBe(1);
  });

  it("counts an extracted title neither right nor wrong, and keeps quotations that overlap kept gold", () => {
    const judged = judgeDocument(
      [namedGold(10, 20), namedGold(30, 60)],
      [ours(10, 20), ours(30, 60), ours(90, 99)],
      kinds,
    );
    expect(judged.ours.map((o) => o.start)).toEqual([30, 90]);
  });

  it("keeps everything in an article nobody judged", () => {
    const judged = judgeDocument([namedGold(10, 20)], [ours(10, 20)], undefined);
    expect(judged).toEqual({ gold: [namedGold(10, 20)], ours: [ours(10, 20)], setAside: 0 });
  });
});

describe("kindAgreement", () => {
  it("compares set-aside judgements over the parts both readers judged, with Cohen's kappa", () => {
    const first = indexKinds({
      a: [
        [1, 2, "title"],
        [3, 4, "quote"],
        [5, 6, "name"],
        [7, 8, "quote"],
      ],
    });
    // "slogan" and "title" both set aside: they agree; "unclear" counts as a quotation.
    const second = indexKinds({
      a: [
        [1, 2, "slogan"],
        [3, 4, "unclear"],
        [5, 6, "quote"],
        [7, 8, "quote"],
        [9, 10, "title"],
      ],
    });
    const agreement = kindAgreement(first, second);
    expect(agreement.total).toBe(4);
    expect(agreement.agree).toBe(3);
    // observed 0.75; chance 0.5·0.25 + 0.5·0.75 = 0.5; kappa 0.5
    expect(agreement.kappa).toBe(0.5);
  });
});
