import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const fixture = path.resolve(process.cwd(), "tests/fixtures/extract/slogans-and-titles.txt");

describe("extractQuotes: slogans, titles and scare quotes", () => {
  const quotes = extractQuotes(readArticle(fixture));
  const texts = quotes.map((q) => q.text);

  it("does not take a slogan, a book or programme title, or a scare-quoted word for somebody's words", () => {
    for (const label of ["Cleaner Rivers Now", "Forward", "Rivers of Home", "The Long Bend"])
      expect(texts).not.toContain(label);
  });

  it("keeps the quotations around them, partial ones included, with their speakers", () => {
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speakerName }))).toEqual([
      { text: "the most important promise we have made", speaker: "Nadia Osei" },
      { text: "We will clean every river in the county within five years", speaker: "Nadia Osei" },
      { text: "reckless", speaker: "Peter Hale" },
      { text: "Nobody has shown me the sums.", speaker: "Peter Hale" },
    ]);
  });
});

describe("extractQuotes: what a speaker calls something", () => {
  const quotes = extractQuotes(
    readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/named-by-speaker.txt")),
  );

  it("quotes a person's words after 'which he called', while a place 'called' by its name stays a name", () => {
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speakerName }))).toEqual([
      { text: "a shameful waste.", speaker: "Tom Reyes" },
    ]);
  });
});
