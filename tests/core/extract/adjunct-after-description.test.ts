import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a description before a place adjunct is who speaks", () => {
  const by = quotesOf("adverbial-clause-speaker.txt");

  it("takes the described speaker when the adjunct after it names nobody", () => {
    expect(by("Will she stand for mayor?")?.speakerName).toMatch(/^a council staffer/);
  });

  it("does not take a description that is itself the object of an opening preposition", () => {
    expect(by("The costs were never")?.speakerName).toMatch(/panel/);
  });
});
