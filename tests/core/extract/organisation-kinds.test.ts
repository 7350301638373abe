import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtractedQuote, extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/extract");

function quotesOf(file: string): (start: string) => ExtractedQuote | undefined {
  const quotes = extractQuotes(readArticle(path.join(fixtures, file)));
  return (start) => quotes.find((q) => q.text.startsWith(start));
}

describe("speakers: what kind of speaker an organisation's name makes", () => {
  const by = quotesOf("organisation-kinds.txt");

  it("reads a name ending in a common noun such as 'Concern' or 'Aid' as an organisation", () => {
    expect(by("timid")).toMatchObject({ speakerName: "Elder Concern", speakerKind: "organisation" });
    expect(by("We expected more")).toMatchObject({ speakerName: "Famine Aid", speakerKind: "organisation" });
  });

  it("gives a quotation to 'the station' that speaks, not to the people the sentence is about", () => {
    expect(by("warmth and local knowledge")).toMatchObject({
      speakerName: "the station",
      speakerKind: "description",
    });
  });
});
