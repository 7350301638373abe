import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";
import { imageFromArticles } from "../../../src/core/image/build-image.js";
import { readImageFile, writeImageFile } from "../../../src/core/image/image-file.js";
import { buildMatchIndex, indexOfImage, type MatchIndex } from "../../../src/core/match/match-index.js";
import { tokenise } from "../../../src/core/match/tokenise.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import type { Article } from "../../../src/core/types.js";

const dir = path.resolve(process.cwd(), "../shared/corpora/bbc");
const noSpeakers = { resolveSpeaker: () => null };

/** Excerpts of 8-14 words from articles spread across the corpus (deterministic: every 97th article). */
function excerpts(articles: readonly Article[]): { quote: string; document: string }[] {
  const out: { quote: string; document: string }[] = [];
  for (let i = 0; i < articles.length; i += 97) {
    const article = articles[i]!;
    const words = tokenise(article.body);
    const first = Math.floor(words.count / 3);
    const last = first + 8 + (i % 7);
    out.push({ quote: article.body.slice(words.starts[first]!, words.ends[last]!), document: article.id });
  }
  return out;
}

describe.skipIf(!existsSync(dir))("matching over the BBC corpus (2,225 articles)", () => {
  let articles: Article[];
  let index: MatchIndex;

  beforeAll(async () => {
    ({ articles } = await loadCorpus(dir));
    index = buildMatchIndex(articles, []);
  });

  it("finds excerpts in the article they come from", () => {
    for (const { quote, document } of excerpts(articles)) {
      const result = verifyQuote(index, { quote }, noSpeakers);
      expect(result.verdict, quote).toBe("unquoted");
      expect(
        result.matches.map((m) => m.document),
        quote,
      ).toContain(document);
    }
  });

  it("finds them with a letter dropped from their longest word", () => {
    for (const { quote, document } of excerpts(articles)) {
      const longest = quote.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
      if (!/^[A-Za-z]{6,}$/.test(longest)) continue;
      const typo = quote.replace(longest, longest.slice(0, 3) + longest.slice(4));
      const result = verifyQuote(index, { quote: typo }, noSpeakers);
      expect(
        result.matches.map((m) => m.document),
        typo,
      ).toContain(document);
    }
  });

  it("does not find words thrown together from the corpus vocabulary", () => {
    for (const quote of [
      "shares economy striker album broadband minister festival",
      "the film said that the government would win the league on broadband",
    ]) {
      expect(verifyQuote(index, { quote }, noSpeakers).verdict, quote).toBe("not_found");
    }
  });

  it("answers the same from a cached image", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "verbatim-image-"));
    const file = path.join(dir, "corpus.image");
    await writeImageFile(file, imageFromArticles(articles, { quotes: [] }), null);
    const loaded = indexOfImage((await readImageFile(file)).image);
    await rm(dir, { recursive: true, force: true });
    const { quote } = excerpts(articles)[3]!;
    expect(verifyQuote(loaded, { quote }, noSpeakers)).toEqual(verifyQuote(index, { quote }, noSpeakers));
  });
});
