import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'the <place> MP' describes a person, it is no name", () => {
  it("keeps 'the Dunmore West MP' as a description, not a person called 'Dunmore West MP'", () => {
    expect(quotesOf("place-role-description.txt")("This will cut the islands")).toMatchObject({
      speakerName: "the Dunmore West MP",
      speakerKind: "description",
    });
  });
});
