import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("named-after-descriptor.txt");

describe("a named speaker after a descriptive word", () => {
  it("reads a participle adjective before a described name after the verb as part of the subject", () => {
    expect(by("I will not apologise")).toMatchObject({ speakerName: "Walter Dunne", cue: "said" });
    expect(by("Nobody on the board")).toMatchObject({ speakerName: "Greta Holm", cue: "said" });
  });

  it("gives the words a participle adds to the subject of the verb it follows", () => {
    expect(by("They need to sit")).toMatchObject({ speakerName: "Irene Vasquez", cue: "adding" });
  });
});
