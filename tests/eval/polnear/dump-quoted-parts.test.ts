import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judgedParts } from "../../../eval/polnear/dump-quoted-parts.js";
import { goldQuotes } from "../../../eval/polnear/gold.js";
import { loadPolnear, polnearDir } from "../../../eval/polnear/load-polnear.js";
import { loadKinds, QUOTATION_KINDS } from "../../../eval/polnear/quotation-kinds.js";
import { namedGold } from "./gold-quote.js";

describe("judgedParts", () => {
  const body = `She called it "a mess" and quoted "The Long Road Home" before saying "we will keep going until it is done."`;
  const part = (text: string) => namedGold(body.indexOf(text), body.indexOf(text) + text.length);

  it("lists short and title-cased quoted parts once each, and not longer quotations", () => {
    const parts = judgedParts(body, [
      part("a mess"),
      part("The Long Road Home"),
      part("a mess"),
      part("we will keep going until it is done."),
    ]);
    expect(parts.map((g) => body.slice(g.start, g.end))).toEqual(["a mess", "The Long Road Home"]);
  });
});

describe.skipIf(!existsSync(polnearDir()))(
  "quotation-kinds.json (needs ../shared/corpora/polnear-train)",
  () => {
    it("judges exactly the parts the listing gives, each with a known kind", () => {
      const kinds = loadKinds();
      const listed = new Set<string>();
      for (const doc of loadPolnear(polnearDir())) {
        for (const g of judgedParts(doc.article.body, goldQuotes(doc)))
          listed.add(`${doc.article.id}:${g.start}:${g.end}`);
      }
      const judged = [...kinds].flatMap(([article, parts]) =>
        [...parts].map(([span, kind]) => ({ id: `${article}:${span}`, kind })),
      );
      expect(judged.map((j) => j.id).sort()).toEqual([...listed].sort());
      expect(judged.filter((j) => !QUOTATION_KINDS.includes(j.kind))).toEqual([]);
    });
  },
);
