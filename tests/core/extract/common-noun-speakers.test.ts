import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: common nouns that never speak", () => {
  const by = quotesOf("common-nouns-not-speakers.txt");

  it("does not read a crime ending in -er as a person's role", () => {
    expect(by("applied with great care")?.speakerName).not.toBe("murder");
    expect(by("a term far too lenient")?.speakerName).not.toBe("murder");
  });

  it("passes over an office written before the name set off after it", () => {
    expect(by("This spares witnesses")).toMatchObject({
      speakerName: "Rhona Deverell",
      speakerKind: "person",
    });
  });

  it("does not read 'is to blame' as a reporting verb", () => {
    expect(by("Factories close when")).toMatchObject({ speakerName: "Petra Vance", speakerKind: "person" });
  });
});
