import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

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
