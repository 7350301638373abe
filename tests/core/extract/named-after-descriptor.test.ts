import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtractedQuote, extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const article = readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/named-after-descriptor.txt"));
const quotes = extractQuotes(article);
const by = (start: string): ExtractedQuote | undefined => quotes.find((q) => q.text.startsWith(start));

describe("a named speaker after a descriptive word", () => {
  it("reads a participle adjective before a described name after the verb as part of the subject", () => {
    expect(by("I will not apologise")).toMatchObject({ speakerName: "Walter Dunne", cue: "said" });
    expect(by("Nobody on the board")).toMatchObject({ speakerName: "Greta Holm", cue: "said" });
  });

  it("gives the words a participle adds to the subject of the verb it follows", () => {
    expect(by("They need to sit")).toMatchObject({ speakerName: "Irene Vasquez", cue: "adding" });
  });
});
