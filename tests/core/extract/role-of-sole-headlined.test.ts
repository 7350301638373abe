import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a role when the article has named only its headlined subject", () => {
  it("gives 'the defender' to the one person named so far, whom the headline names", () => {
    const by = quotesOf("role-of-sole-headlined.txt");
    expect(by("It is just more personal")).toMatchObject({ speakerName: "Tom Marsh", speakerKind: "person" });
  });

  it("keeps the description when someone else has been named too", () => {
    const by = quotesOf("role-among-several.txt");
    expect(by("It is just more personal")).toMatchObject({
      speakerName: "the defender",
      speakerKind: "description",
    });
  });
});
