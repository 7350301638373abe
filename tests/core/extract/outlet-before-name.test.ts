import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("outlet-before-name.txt");

describe("speakers: an outlet's possessive before a name that opens with a word-like first name", () => {
  it("gives 'Harbour Radio's Frank Dolan said' to the presenter, not the station", () => {
    expect(by("a waste of good money")).toMatchObject({ speakerName: "Frank Dolan", speakerKind: "person" });
  });

  it("gives 'Station KXRB's Bill Garvey said' to the presenter, not the station", () => {
    expect(by("Nobody in the town")).toMatchObject({ speakerName: "Bill Garvey", speakerKind: "person" });
  });
});
