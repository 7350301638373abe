import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'the ministry' for a body named with that noun further back", () => {
  it("gives 'the ministry said' to the ministry named paragraphs before", () => {
    const by = quotesOf("ministry-far-back.txt");
    expect(by("The focus will be on new cranes")).toMatchObject({
      speakerName: "Maritime Ministry",
      speakerKind: "organisation",
    });
  });
});
