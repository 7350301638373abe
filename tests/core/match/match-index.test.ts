import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import { resolverFor, seaWallCorpus } from "../../fixtures/match/sea-wall-corpus.js";

const { articles, quotes, speakers } = seaWallCorpus();
const options = { resolveSpeaker: resolverFor(speakers) };

describe("buildMatchIndex", () => {
  const index = buildMatchIndex(articles, quotes);

  it("indexes every word of every article, articles end to end", () => {
    expect(index.docStarts).toHaveLength(articles.length + 1);
    expect(index.docStarts[articles.length]).toBe(index.tokens.length);
    const harbour = index.termIds.get("harbor");
    expect(harbour).toBeDefined();
    const positions = index.postings.subarray(
      index.postingStarts[harbour!],
      index.postingStarts[harbour! + 1],
    );
    expect(positions.length).toBeGreaterThanOrEqual(5);
    expect([...positions].every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
    expect([...positions].every((p) => index.tokens[p] === harbour)).toBe(true);
  });

  it("weighs rare words above common ones", () => {
    const the = index.weights[index.termIds.get("the")!]!;
    const gamble = index.weights[index.termIds.get("gamble")!]!;
    expect(gamble).toBeGreaterThan(the);
  });

  it("handles an empty corpus and articles without words", () => {
    const empty = buildMatchIndex([], []);
    // Nothing to search is a setup error, not "not found" with full confidence.
    expect(() => verifyQuote(empty, { quote: "anything at all" }, options)).toThrow(/no readable article/);
    const blank = buildMatchIndex([{ ...articles[0]!, id: "blank", body: "  \n— …\n" }, ...articles], quotes);
    expect(verifyQuote(blank, { quote: "tight but realistic" }, options).verdict).toBe("verified");
  });
});
