import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";
import { readArticle } from "./read-articles.js";

const article = readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/unpunctuated.txt"));
const quotes = extractQuotes(article);

function unpunctuated(body: string): Article {
  return { id: "t", file: "t", body, format: "text", punctuated: false };
}

describe("extractQuotes on text without punctuation", () => {
  it("reads the article as unpunctuated", () => {
    expect(article.punctuated).toBe(false);
  });

  it("delimits the words around each reporting frame and title-cases the speaker", () => {
    expect(quotes.map((q) => [q.text, q.speakerName, q.speakerMention, q.cue])).toEqual([
      ["we cannot wait any longer the bridge is unsafe", "Ellen Park", "mayor ellen park", "said"],
      ["the noise has already started", "residents", "residents", "told"],
      ["i have lost half my customers", "John Miller", "john miller", "says"],
      ["the closure is a mistake", "Sara Ortiz", "columnist sara ortiz", "wrote"],
    ]);
  });

  it("marks them as frames with lower confidence, higher when the words read as speech", () => {
    for (const q of quotes) {
      expect(q.kind).toBe("frame");
      expect(article.body.slice(q.start, q.end)).toBe(q.text);
    }
    expect(quotes.map((q) => q.confidence)).toEqual([0.6, 0.5, 0.6, 0.5]);
  });

  it("resolves a pronoun frame and a surname to the full name given earlier", () => {
    const found = extractQuotes(
      unpunctuated(
        "the plan was approved by the board says chief executive anna kowalski we will hire two hundred people next year she said the rivals have not responded kowalski added on monday",
      ),
    );
    expect(found.map((q) => [q.speakerName, q.speakerMention])).toContainEqual(["Anna Kowalski", "she"]);
    expect(found.every((q) => q.speakerName === "Anna Kowalski")).toBe(true);
  });

  it("returns nothing for text with no reporting frame", () => {
    expect(
      extractQuotes(unpunctuated("the river rose two metres overnight and the road was closed")),
    ).toEqual([]);
  });
});
