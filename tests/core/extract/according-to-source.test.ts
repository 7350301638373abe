import { describe, expect, it } from "vitest";
import { readingOf } from "./read-articles.js";

describe("speakers: what 'according to' names is a source, documents included", () => {
  const reading = readingOf("according-to-document.txt");

  it("offers the pool report a person's words reach the article through", () => {
    const { candidate } = reading("They do not care");
    expect(candidate("a city hall pool report")?.features).toMatchObject({ accordingToSentence: 1 });
  });

  it("gives words with no other source to a document the lexicon never reads as speaking", () => {
    expect(reading("to weigh joint responses").quote).toMatchObject({
      speakerName: "a ministry readout",
      speakerKind: "description",
    });
  });

  it("reads a study dated after its noun, by the economists who wrote it", () => {
    expect(reading("negligible effects").candidate("economists")).toBeDefined();
  });

  it("reads no description closed by an adjective where the phrase after 'according to' breaks off", () => {
    expect(reading("light (steady)").candidate("their last known")).toBeUndefined();
  });
});
