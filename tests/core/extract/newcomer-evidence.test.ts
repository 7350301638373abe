import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../../../src/core/extract/extracted-quote.js";
import type { Candidate } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import { readArticle } from "./read-articles.js";

const file = path.resolve(process.cwd(), "tests/fixtures/extract/newcomer-described.txt");

/** The quotation starting with `start`, and its candidate for each name. */
function reading(start: string): {
  quote: ExtractedQuote;
  candidate: (name: string) => Candidate | undefined;
} {
  const seen: Candidate[][] = [];
  const quotes = extractQuotes(readArticle(file), (candidates) => {
    seen.push([...candidates]);
    return chooseSpeaker(candidates);
  });
  const i = quotes.findIndex((q) => q.text.startsWith(start));
  if (i < 0) throw new Error(`no quotation starting "${start}"`);
  return { quote: quotes[i]!, candidate: (name) => seen[i]!.find((c) => c.speaker?.name === name) };
}

describe("pronoun evidence: a person just introduced with words saying who they are", () => {
  it("marks the delegate brought in with an appositive before 'he said', not the governor the text was about", () => {
    const { candidate } = reading("I thought the night");
    expect(candidate("Wes Dunmore")?.features.pronounNewcomer).toBe(1);
    expect(candidate("Tom Harlan")?.features.pronounNewcomer).toBeUndefined();
  });

  it("does not mark a newly named person a preposition governs ('came from the businessman …, who')", () => {
    const { candidate } = reading("We want every delegate");
    expect(candidate("Carl Lindqvist")?.features.pronounNewcomer).toBeUndefined();
  });
});

describe("pronoun evidence: a sentence ending '…, he said' that introduces its subject", () => {
  const introduced = path.resolve(process.cwd(), "tests/fixtures/extract/introduced-he-said.txt");

  it("takes the person named there for the first time as the prior subject, not the mayor before", () => {
    const seen: Candidate[][] = [];
    extractQuotes(readArticle(introduced), (candidates) => {
      seen.push([...candidates]);
      return chooseSpeaker(candidates);
    });
    const candidate = (name: string) => seen[0]!.find((c) => c.speaker?.name === name);
    expect(candidate("Rick Sollen")?.features.pronounPriorSubject).toBe(1);
    expect(candidate("Tom Harlan")?.features.pronounPriorSubject).toBeUndefined();
  });
});
