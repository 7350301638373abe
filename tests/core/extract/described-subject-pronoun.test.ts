import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import type { Article } from "../../../src/core/types.js";

function speakers(body: string): Array<string | null> {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  return extractQuotes(article).map((q) => q.speakerName);
}

/** For each quotation, the candidates read as the subject of the sentence before its he/she. */
function priorSubjects(body: string): string[][] {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  const out: string[][] = [];
  extractQuotes(article, (candidates) => {
    out.push(candidates.filter((c) => c.features.pronounPriorSubject).map((c) => c.speaker?.name ?? ""));
    return chooseSpeaker(candidates);
  });
  return out;
}

/** A director is named as a subject, then a sentence about "the former Ireland international", then "he said". */
const DIRECTOR_BETWEEN = `Keeper stays put

Former Rovers goalkeeper Alan Pike has turned down the chance to join Northgate. "It is a great club and I wish them well," Pike told local radio. Club director Mark Webb held talks with Pike on Monday. The former Ireland international added that moving across the city would not be right. "I have too many friends at my old club and I could not do that to them," he said.`;

/** An age opens the sentence before "she said", and other runners are named after it. */
const AGE_BEFORE_NAMES = `Runner eyes indoor season

Ana Holt will skip the cross country race in January to prepare for the indoor championships.

The 29-year-old was third behind Maria Lunde and Petra Vos last week but she prefers the track. "Hills are where my injuries start, so I keep off them," she said.`;

describe("he/she after a sentence about someone described", () => {
  it("does not pass a described subject back to a person of another role named before it", () => {
    expect(speakers(DIRECTOR_BETWEEN)).toEqual(["Alan Pike", "Alan Pike"]);
  });

  it("passes over the names after a described subject to whom the text is about", () => {
    // The sentence before "she said" is about "the 29-year-old"; the runners named after it are not its subject.
    expect(priorSubjects(AGE_BEFORE_NAMES)).toEqual([["Ana Holt"]]);
  });
});
