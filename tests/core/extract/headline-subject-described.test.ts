import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a capitalised role standing for the person the headline and lead name", () => {
  it("gives 'said the Eastgate Road boss' to the lead's subject, whom the headline names", () => {
    const by = quotesOf("headline-subject-described.txt");
    expect(by("That was as hard a trip")).toMatchObject({
      speakerName: "Declan Marsh",
      speakerKind: "person",
    });
    expect(by("The lads never stopped")).toMatchObject({
      speakerName: "Declan Marsh",
      speakerKind: "person",
    });
  });

  it("does not reach past a sentence of the report's own about someone else", () => {
    const by = quotesOf("headline-subject-other.txt");
    expect(by("I was level with the ball")?.speakerName).not.toBe("Sam Pryor");
  });
});
