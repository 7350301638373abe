import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";
import type { Article, LoadWarning } from "../../../src/core/types.js";

const bbcDir = path.resolve(process.cwd(), "../shared/corpora/bbc");

// Load time is a benchmark figure (npm run bench), not a test: timings on a shared machine vary.
describe.skipIf(!existsSync(bbcDir))("the BBC corpus", () => {
  let articles: Article[] = [];
  let warnings: LoadWarning[] = [];
  let files: unknown[] = [];
  beforeAll(async () => {
    ({ articles, warnings, files } = await loadCorpus(bbcDir));
  });

  it("loads all 2,225 articles (its README is not an article)", () => {
    expect(files).toHaveLength(2225);
    expect(articles).toHaveLength(2225);
    expect(articles.some((a) => a.file.toLowerCase() === "readme.txt")).toBe(false);
  });

  it("takes every title from the headline on line 1", () => {
    expect(articles.every((a) => a.title && a.body.startsWith(`${a.title}\n`))).toBe(true);
    expect(articles.find((a) => a.id === "business/001.txt")?.title).toBe(
      "Ad sales boost Time Warner profit",
    );
  });

  it("loads the one non-UTF-8 file, decoding its pound sign", () => {
    expect(warnings).toEqual([
      { file: "sport/199.txt", reason: "the file is not valid UTF-8; decoded as windows-1252" },
    ]);
    const mutu = articles.find((a) => a.id === "sport/199.txt");
    expect(mutu?.title).toBe("Chelsea sack Mutu");
    expect(mutu?.body).toContain("a £15.8m signing");
  });

  it("treats every article as punctuated prose", () => {
    expect(articles.filter((a) => !a.punctuated)).toEqual([]);
  });
});
