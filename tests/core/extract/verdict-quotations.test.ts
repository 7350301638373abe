import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const fixture = path.resolve(process.cwd(), "tests/fixtures/extract/verdicts-and-calls.txt");

describe("extractQuotes: short words quoted from a verdict or from a call someone made", () => {
  const quotes = extractQuotes(readArticle(fixture));
  const texts = quotes.map((q) => q.text);

  it("quotes the words of a body that rejected, found or ruled something", () => {
    expect(texts).toContain("laughable");
    expect(texts).toContain("badly rushed");
  });

  it("quotes the words of a person's call or pledge, and names its owner", () => {
    expect(quotes.find((q) => q.text === "fair fare")?.speakerName).toBe("Ines Calder");
    expect(quotes.find((q) => q.text === "open to all")?.speakerName).toBe("Amos Webb");
  });

  it("quotes the words a body called for", () => {
    expect(texts).toContain("fresh start");
  });

  it("quotes words called out, a chant or a cry, even in capitals as a slogan is", () => {
    expect(texts).toContain("Save Our Ferry");
    expect(texts).toContain("shame!");
  });

  it("leaves a scare quote alone, and a complaint's addressee is not its content", () => {
    expect(texts).not.toContain("working port");
    expect(texts).not.toContain("ghost nets");
  });
});
