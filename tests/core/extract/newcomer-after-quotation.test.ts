import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("newcomer-after-quotation.txt");

describe("speakers: words with no reporting verb after a person newly named", () => {
  it("gives them to the person named since the company's words, not to the company", () => {
    expect(by("We have never hired")).toMatchObject({ speakerName: "Marek Olsen", speakerKind: "person" });
  });
});
