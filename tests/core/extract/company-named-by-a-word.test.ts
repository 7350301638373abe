import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("company-named-by-a-word.txt");

describe("speakers: a company named by a common word", () => {
  it("reads 'Further has said' as the company 'the company said' refers to, since the article gives Further a chief executive and shares", () => {
    expect(by("Sales in our winter clearance")).toMatchObject({
      speakerName: "Further",
      speakerKind: "organisation",
    });
  });

  it("does not read 'Its shares were down' as a company named Its", () => {
    expect(by("Trading has been hard")).toMatchObject({
      speakerName: "Harlow Mills",
      speakerKind: "organisation",
    });
  });
});
