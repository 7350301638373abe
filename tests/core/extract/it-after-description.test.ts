import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'it' carrying on a body or document that spoke", () => {
  const by = quotesOf("it-after-description.txt");

  it("gives 'it concluded' to the magazine that spoke just before", () => {
    expect(by("We looked only at")).toMatchObject({
      speakerName: "the magazine",
      speakerKind: "description",
    });
    expect(by("In the end, we asked")).toMatchObject({
      speakerName: "the magazine",
      speakerKind: "description",
    });
  });

  it("gives 'it added' after a person's statement to that person", () => {
    expect(by("Nobody on the board")).toMatchObject({ speakerName: "Orwin", speakerKind: "person" });
  });
});
