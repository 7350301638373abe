import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'the <place> man' standing for the person the headline and lead name", () => {
  it("reads 'says the Kilkenny man' as the only person named before, whom the headline names", () => {
    expect(quotesOf("place-epithet-subject.txt")("I knew straight away")).toMatchObject({
      speakerName: "Aidan Ferris",
      speakerKind: "person",
    });
  });

  it("does not when another person is named between", () => {
    expect(quotesOf("place-epithet-other.txt")("I knew straight away")?.speakerName).not.toBe("Aidan Ferris");
  });
});
