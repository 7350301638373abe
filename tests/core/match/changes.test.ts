import { describe, expect, it } from "vitest";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { verifyQuote } from "../../../src/core/match/verify-quote.js";
import type { Article, Change, Quote, VerifyResult } from "../../../src/core/types.js";

/**
 * How a user's wording differs from a quotation, and which differences change what it says. One small article per
 * quotation, each quoted by a named speaker, plus filler so that word weights behave as in a real corpus.
 */
const QUOTATIONS: [string, string][] = [
  ["Unemployment fell by 20% in 2009, the best year since records began", "Mara Quint"],
  ["I don't expect a strong and lasting turnaround before the summer", "Oskar Bell"],
  ["We will never sell the harbour to a private company", "Mara Quint"],
  ["The defence budget will rise to four thousand million pounds next year", "Oskar Bell"],
  ["Our neighbours in Denmark have shown what a small country can build", "Mara Quint"],
  ["The committee sought advice from the children of the island", "Oskar Bell"],
  ["The U.S. ambassador left the meeting early on Tuesday evening", "Oskar Bell"],
  ["Growth was 2.5 per cent last quarter and the outlook remains steady", "Mara Quint"],
];

const FILLER =
  "The council met again on Thursday. Residents asked about parking, schools and the price of the ferry. " +
  "Several members said they would return to the matter in the spring after the survey is published.";

function corpus(): { articles: Article[]; quotes: Quote[] } {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  QUOTATIONS.forEach(([text, speaker], i) => {
    const body = `${FILLER}\n"${text}," ${speaker} said.\n${FILLER}`;
    const id = `article-${i}.txt`;
    articles.push({ id, file: id, body, format: "text", punctuated: true, source: `Outlet ${i}` });
    const start = body.indexOf(text);
    quotes.push({
      document: id,
      start,
      end: start + text.length,
      text,
      speaker,
      speakerMention: speaker,
      cue: "said",
      kind: "direct",
      confidence: 0.9,
    });
  });
  return { articles, quotes };
}

const { articles, quotes } = corpus();
const index = buildMatchIndex(articles, quotes);
const verify = (quote: string): VerifyResult => verifyQuote(index, { quote }, { resolveSpeaker: () => null });
const kinds = (changes: readonly Change[] | undefined) => (changes ?? []).map((c) => c.kind);

describe("changes that alter what a quotation says make it misquoted", () => {
  it("a changed percentage, named with both figures", () => {
    const result = verify("Unemployment fell by 30% in 2009, the best year since records began");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes).toContainEqual({ kind: "number", yours: "30%", source: "20%" });
    expect(result.explanation).toContain("the source says 20%, not 30%");
  });

  it("a changed year as the last word keeps the source's year in the explanation", () => {
    const result = verify("Unemployment fell by 20% in 2008");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes).toContainEqual({ kind: "number", yours: "2008", source: "2009" });
    expect(result.explanation).toContain("the source says 2009, not 2008");
  });

  it("a decimal figure is shown whole", () => {
    const result = verify("Growth was 2.6 per cent last quarter and the outlook remains steady");
    expect(result.changes?.[0]).toEqual({ kind: "number", yours: "2.6", source: "2.5" });
  });

  it("a negation removed at the start of the sentence", () => {
    const result = verify("I expect a strong and lasting turnaround before the summer");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes?.[0]).toMatchObject({ kind: "negation" });
    expect(result.changes?.[0]?.source).toContain("don't expect");
    expect(result.explanation).toContain("don't expect");
  });

  it("a negation removed inside the sentence, and one added", () => {
    expect(kinds(verify("We will sell the harbour to a private company").changes)).toContain("negation");
    const added = verify("The committee never sought advice from the children of the island");
    expect(added.verdict).toBe("misquoted");
    expect(kinds(added.changes)).toContain("negation");
  });

  it("a fragment cut just after a negation", () => {
    const result = verify("sell the harbour to a private company");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes?.[0]).toMatchObject({ kind: "negation", source: "never sell" });
    // The word diff shows the negation the user left out, though it lies just outside the matched words.
    expect(result.variants[0]?.diff.some((d) => d.removed && d.value.includes("never"))).toBe(true);
  });

  it("a name replaced", () => {
    const result = verify("Our neighbours in Sweden have shown what a small country can build");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes?.[0]).toEqual({ kind: "name", yours: "Sweden", source: "Denmark" });
  });

  it("a content word replaced by another", () => {
    const result = verify("The defence budget will fall to four thousand million pounds next year");
    expect(result.verdict).toBe("misquoted");
    expect(result.changes?.[0]).toEqual({ kind: "word", yours: "fall", source: "rise" });
  });
});

describe("changes that keep the meaning leave it a variant", () => {
  it("another spelling", () => {
    const result = verify("The defense budget will rise to four thousand million pounds next year");
    expect(result.verdict).toBe("variant");
    expect(result.changes).toEqual([{ kind: "spelling", yours: "defense", source: "defence" }]);
  });

  it("a figure written in digits", () => {
    const result = verify("The defence budget will rise to 4,000 million pounds next year");
    expect(result.verdict).toBe("variant");
    expect(kinds(result.changes)).toEqual(["spelling"]);
  });

  it("a typo, including in a short word", () => {
    expect(verify("Our neighbours in Denmark have shwon what a small country can build").changes).toEqual([
      { kind: "typo", yours: "shwon", source: "shown" },
    ]);
    expect(verify("Our neighbours in Denmark have shown waht a small country can build").verdict).toBe(
      "variant",
    );
  });

  it("an irregular form of the same word", () => {
    const result = verify("The committee seeks advice from the children of the island");
    expect(result.verdict).toBe("variant");
    expect(result.changes?.[0]).toMatchObject({ kind: "spelling", yours: "seeks", source: "sought" });
  });

  it("a function word dropped and an abbreviation written without stops", () => {
    expect(verify("The US ambassador left the meeting early on Tuesday evening").verdict).toBe("variant");
    const dropped = verify("The U.S. ambassador left meeting early on Tuesday evening");
    expect(dropped.verdict).toBe("variant");
    expect(kinds(dropped.changes)).toEqual(["function-word"]);
  });

  it("a word of emphasis added, words around the quotation, or a word left out", () => {
    expect(kinds(verify("We will never ever sell the harbour to a private company").changes)).toEqual([
      "function-word",
    ]);
    const framed = verify("Quint said we will never sell the harbour to a private company");
    expect(framed.verdict).toBe("variant");
    expect(framed.changes).toEqual([{ kind: "added", yours: "Quint said", source: "" }]);
    expect(kinds(verify("I don't expect a strong turnaround before the summer").changes)).toContain(
      "dropped",
    );
  });

  it("meaningful changes are listed first", () => {
    const result = verify("Unemployment fell by 30% in 2009, the bset year since records began");
    expect(kinds(result.changes)).toEqual(["number", "typo"]);
  });
});
