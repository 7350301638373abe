import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: an unlisted given name before a surname that is a role word", () => {
  const by = quotesOf("unknown-first-role-surname.txt");

  it("reads 'Green MP Ysolde King' as a person, so 'Ms King' is Ysolde King", () => {
    expect(by("ready for him")).toMatchObject({ speakerName: "Ysolde King", speakerKind: "person" });
    expect(by("Voters here know")).toMatchObject({ speakerName: "Ysolde King", speakerKind: "person" });
  });
});
