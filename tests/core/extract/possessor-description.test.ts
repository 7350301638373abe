import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const file = path.resolve(process.cwd(), "tests/fixtures/extract/possessor-description.txt");

describe("speakers: a description written as the possessor before a name", () => {
  it("does not give 'the singer' to the singer's friend just named", () => {
    const quotes = extractQuotes(readArticle(file));
    const quote = quotes.find((q) => q.text.startsWith("I will not play"));
    expect(quote?.speakerName).not.toBe("Marta Quill");
    expect(quote?.speakerKind).toBe("description");
  });
});
