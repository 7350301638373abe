import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a title-case headline's verb ends a name", () => {
  const by = quotesOf("title-case-headline-verb.txt");

  it("gives the first leader's words to her name, not to the whole headline", () => {
    expect(by("This budget leaves")).toMatchObject({ speakerName: "Dana Whitlow", speakerKind: "person" });
  });

  it("gives the second leader's words to his own full name", () => {
    expect(by("Every pound")).toMatchObject({ speakerName: "Ben Crane", speakerKind: "person" });
  });
});
