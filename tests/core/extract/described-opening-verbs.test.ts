import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";

function speakers(body: string): Array<string | null> {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  return extractQuotes(article).map((q) => q.speakerName);
}

/** A runner is named, then a sentence about "the 29-year-old" whose verb the lexicon files as an adjective. */
const AGE_FINISHED = `Holt happy with bronze

Ana Holt was pleased with her run in the rain on Sunday, the day after Petra Vos had beaten her in the heats.

The 29-year-old finished third behind Maria Lunde. "It was a hard race but I am happy with how my legs felt," she said.`;

/** A party leader is named, then "But the Green leader argued" about another man, then "he said". */
const CONJUNCTION_DESCRIPTION = `Leader rejects tax claim

Green Party leader Tom Grey met business groups on Monday to talk about the budget.

But the Green leader argued that Finance Minister Paul Sands had got his sums wrong. "Families will pay for this for years," he said.`;

/** A longer description: "the 31-year-old midfielder joined …". */
const AGE_AND_ROLE = `Moss signs for Rovers

Dan Moss has agreed a two-year deal with Rovers after a week of talks.

The 31-year-old midfielder joined from Northgate last summer under manager Ray Cole. "I wanted to play every week," he said.`;

describe("he/she after a described subject whose verb is read from the lexicon", () => {
  it("reads a past tense the lexicon files as an adjective as the description's verb", () => {
    expect(speakers(AGE_FINISHED)).toEqual(["Ana Holt"]);
  });

  it("reads a description after a leading conjunction as the sentence's subject", () => {
    expect(speakers(CONJUNCTION_DESCRIPTION)).toEqual(["Tom Grey"]);
  });

  it("finds the head of a description of several words before its verb", () => {
    expect(speakers(AGE_AND_ROLE)).toEqual(["Dan Moss"]);
  });
});
