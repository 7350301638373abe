import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a description after the reporting verb keeps the body it speaks for", () => {
  const by = quotesOf("spoken-for-after-verb.txt");

  it("names the organisation a spokesperson speaks for, as before the verb", () => {
    expect(by("We want to know whether")).toMatchObject({
      speakerName: "a spokesman for Wavecall",
      speakerKind: "description",
    });
    expect(by("Shoppers will soon expect")).toMatchObject({
      speakerName: "a spokeswoman at the Home Electronics Forum",
      speakerKind: "description",
    });
  });

  it("takes the person named in apposition after the widened description", () => {
    expect(by("A half-measure would be")).toMatchObject({
      speakerName: "Helen Brannock",
      speakerKind: "person",
    });
  });
});
