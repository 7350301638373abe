import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtractedQuote, extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const article = readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/noun-phrase-subjects.txt"));
const quotes = extractQuotes(article);
const by = (start: string): ExtractedQuote | undefined => quotes.find((q) => q.text.startsWith(start));

describe("noun phrases that are not the subject of a reporting verb", () => {
  it("reads a name between a number and a plural noun as a modifier, not a speaker", () => {
    expect(by("restricted")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("reads a reporting-verb form that disagrees with the phrase before it as part of that phrase", () => {
    expect(by("They trust him")).toMatchObject({ speakerName: "Owen Pratt", cue: "said" });
  });

  it("ends a subject at a verb written after a singular noun, before its object", () => {
    expect(by("she never once visited")?.speakerName ?? "").not.toMatch(/Hartley/);
    expect(by("eleven days abroad")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("reads the phrase after an infinitive as its object", () => {
    expect(by("steady progress")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("gives a coordinated verb no subject after it, and a quantified plural no singular verb", () => {
    expect(by("endless delays")).toMatchObject({ speakerName: "Ana Kovacs" });
    expect(by("proud of every decision")).toMatchObject({ speakerName: "Ruth Hartley" });
  });
});

describe("a surname that is also a word", () => {
  it("reads a capitalised modal after a first name, or before a past tense, as the surname", () => {
    expect(by("a department that lost")).toMatchObject({ speakerName: "Simon Will" });
    expect(by("Nobody in that office")).toMatchObject({ speakerName: "Simon Will" });
    expect(by("the view of most regular")).toMatchObject({ speakerName: "Simon Will" });
  });
});
