import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  deserialiseMatchIndex,
  serialiseMatchIndex,
} from "../../../src/core/match/match-index.js";
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

describe("serialiseMatchIndex / deserialiseMatchIndex", () => {
  const index = buildMatchIndex(articles, quotes);
  const buffer = serialiseMatchIndex(index);

  it("round-trips to an index that answers exactly as the original", () => {
    const loaded = deserialiseMatchIndex(buffer, articles, quotes);
    expect(loaded.vocab).toEqual(index.vocab);
    expect([...loaded.tokens]).toEqual([...index.tokens]);
    for (const quote of [
      "We cannot keep patching the old defences every winter",
      "an expensive gamble",
      "bananas",
    ]) {
      expect(verifyQuote(loaded, { quote }, options)).toEqual(verifyQuote(index, { quote }, options));
    }
  });

  it("stores typed arrays, far smaller than the text", () => {
    const words = index.tokens.length;
    expect(buffer.length).toBeLessThan(words * 12 + 4096);
  });

  it("loads from a buffer that is not aligned in memory", () => {
    const shifted = Buffer.alloc(buffer.length + 1);
    buffer.copy(shifted, 1);
    const loaded = deserialiseMatchIndex(shifted.subarray(1), articles, quotes);
    expect([...loaded.postings]).toEqual([...index.postings]);
  });

  it("refuses an index built from other articles, or a damaged file", () => {
    const edited = articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body} More.` } : a));
    expect(() => deserialiseMatchIndex(buffer, edited, quotes)).toThrow(/different articles/);
    expect(() => deserialiseMatchIndex(buffer, articles.slice(1), quotes)).toThrow(/different articles/);
    expect(() => deserialiseMatchIndex(buffer.subarray(0, buffer.length - 64), articles, quotes)).toThrow(
      /truncated/,
    );
    expect(() => deserialiseMatchIndex(Buffer.from("not an index"), articles, quotes)).toThrow(
      /not an index/,
    );
  });
});
